-- The in-app inbox: one notification per notice, addressed to a person (subject), an organisation or a role
create table notification (
    id              uuid primary key,
    kind            text        not null,
    audience_type   text        not null check (audience_type in ('person', 'organization', 'role')),
    audience_key    text        not null,
    about_id        uuid        not null,
    source_event_id text        not null,
    title           text        not null,
    body            text        not null,
    link            text        not null,
    created_at      timestamptz not null,
    -- a fact notifies an audience once, whatever the delivery (the inbox already applies each event once)
    constraint notification_once unique (source_event_id, kind, audience_type, audience_key)
);
-- each reader's list: their audiences, newest first
create index notification_audience_order on notification (audience_type, audience_key, created_at desc, id desc);

-- that one person read a notification: per person, so that an organisation's users keep their own unread counts
create table notification_read (
    notification_id uuid        not null references notification (id),
    subject         text        not null,
    read_at         timestamptz not null,
    primary key (notification_id, subject)
);

-- e-mail accepted with its notification and sent by the relay: first to the audience, then one per address
create table email (
    id              uuid primary key,
    notification_id uuid        not null references notification (id),
    parent_id       uuid references email (id),
    audience_type   text        not null,
    audience_key    text        not null,
    recipient       text,
    kind            text        not null,
    language        text        not null,
    subject         text        not null,
    text_body       text        not null,
    html_body       text        not null,
    status          text        not null
        check (status in ('RESOLVING', 'RESOLVED', 'NO_ADDRESS', 'PENDING', 'SENT')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    -- an audience's e-mail is resolved into one e-mail per address, once
    constraint email_once_per_address unique (parent_id, recipient),
    check ((status in ('PENDING', 'SENT')) = (recipient is not null))
);
create index email_due on email (next_attempt_at) where status in ('RESOLVING', 'PENDING');
create index email_notification on email (notification_id);
