-- Webhooks for partner systems: subscriptions, one delivery per event and subscription, and every attempt.
create table webhook_subscription (
    id                    uuid primary key,
    owner_subject         text        not null,
    url                   text        not null,
    event_types           text[]      not null,
    contact_email         text        not null,
    secret                text        not null,
    previous_secret       text,
    previous_secret_until timestamptz,
    status                text        not null check (status in ('active', 'disabled')),
    disabled_reason       text,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    version               bigint      not null
);
create index webhook_subscription_owner on webhook_subscription (owner_subject, created_at desc, id desc);

create table webhook_delivery (
    id              uuid primary key,
    subscription_id uuid        not null references webhook_subscription (id) on delete cascade,
    event_id        text        not null,
    event_type      text        not null,
    body            text        not null,
    status          text        not null check (status in ('pending', 'delivered', 'failed')),
    failed_attempts integer     not null,
    attempts        integer     not null,
    next_attempt_at timestamptz,
    created_at      timestamptz not null,
    delivered_at    timestamptz,
    unique (subscription_id, event_id)
);
-- the dispatcher's question: which pending deliveries are due
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'pending';
-- the delivery log, newest first
create index webhook_delivery_log on webhook_delivery (subscription_id, created_at desc, id desc);

create table webhook_attempt (
    delivery_id  uuid        not null references webhook_delivery (id) on delete cascade,
    number       integer     not null,
    attempted_at timestamptz not null,
    status_code  integer,
    failure      text,
    duration_ms  bigint      not null,
    primary key (delivery_id, number)
);

-- an e-mail may also go to an address a partner gave (a disabled webhook subscription's contact), with no
-- notification in anyone's inbox
alter table email alter column notification_id drop not null;
