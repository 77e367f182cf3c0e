CREATE TABLE widget (
    id   UUID PRIMARY KEY,
    name TEXT NOT NULL
);

-- what applying a widget event does: count the applications, which must never exceed one per event
CREATE TABLE widget_effect (
    widget_id    TEXT PRIMARY KEY,
    applications INTEGER NOT NULL
);

CREATE TABLE widget_failure (
    widget_id TEXT PRIMARY KEY,
    failures  INTEGER NOT NULL
);
