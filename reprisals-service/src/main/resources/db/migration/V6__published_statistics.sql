-- The published statistics: a fixed set of tables per calendar year, stored once the year has ended and answered
-- unchanged ever after, so that polling over time cannot give back a small count (StatisticsService).
CREATE TABLE published_statistics (
    year          INTEGER     NOT NULL,
    dimensions    TEXT        NOT NULL,
    published_at  TIMESTAMPTZ NOT NULL,
    total         BIGINT,
    cells         TEXT        NOT NULL,
    PRIMARY KEY (year, dimensions)
);
