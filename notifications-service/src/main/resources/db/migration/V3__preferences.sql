-- Per-person notification preferences: the language of their e-mail and the kinds they do not want by e-mail.
-- A person without a row has the defaults (every kind, English). In-app notices are not a preference.
create table notification_preference (
    subject    text primary key,
    language   text        not null check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    email_off  text[]      not null default '{}',
    version    bigint      not null check (version > 0),
    updated_at timestamptz not null
);

-- each e-mail to a person names them (their username), and keeps the facts its texts were filled with, so that the
-- relay writes it in their language
alter table email add column recipient_subject text;
alter table email add column template_data text;

-- an e-mail to someone who turned its kind off is kept as SKIPPED, with its address, never sent
alter table email drop constraint email_status_check;
alter table email add constraint email_status_check
    check (status in ('RESOLVING', 'RESOLVED', 'NO_ADDRESS', 'PENDING', 'SENT', 'SKIPPED'));
alter table email drop constraint email_check;
alter table email add constraint email_recipient_once_resolved
    check ((status in ('PENDING', 'SENT', 'SKIPPED')) = (recipient is not null));
