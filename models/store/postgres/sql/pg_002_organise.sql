-- Each person's hidden items, on their marks (by item key: they survive
-- re-imports and a removed file). forgotten: hidden and forgotten for good
-- (forgetHidden), never shown again, not even among the hidden items.
ALTER TABLE marks ADD COLUMN hidden boolean NOT NULL DEFAULT false;
ALTER TABLE marks ADD COLUMN forgotten boolean NOT NULL DEFAULT false;
CREATE INDEX marks_hidden ON marks (person) WHERE hidden;

-- Each person's labels, in their order (position 0 first); names normalised
-- (Label::normalisedName) and unique per person. An id is never given again
-- (a sequence), so an undo that remembers a label by id never acts on a newer one.
CREATE TABLE labels (
    id       bigserial PRIMARY KEY,
    person   text NOT NULL,
    name     text NOT NULL,
    color    text NOT NULL,
    position integer NOT NULL,
    UNIQUE (person, name)
);

-- Which items carry which label, by item key (the label says whose it is).
CREATE TABLE item_labels (
    label_id bigint NOT NULL REFERENCES labels (id) ON DELETE CASCADE,
    key      bytea NOT NULL,
    PRIMARY KEY (label_id, key)
);
CREATE INDEX item_labels_by_key ON item_labels (key, label_id);

-- Each person's notes, plain text as typed, by item key.
CREATE TABLE notes (
    person     text NOT NULL,
    key        bytea NOT NULL,
    text       text NOT NULL,
    changed_at bigint NOT NULL,
    PRIMARY KEY (person, key)
);

-- Each person's saved views: a named filter (ItemFilter::toJson(), never
-- ids), in their order; names normalised and unique per person.
CREATE TABLE saved_views (
    id       bigserial PRIMARY KEY,
    person   text NOT NULL,
    name     text NOT NULL,
    position integer NOT NULL,
    filter   text NOT NULL,
    UNIQUE (person, name)
);
