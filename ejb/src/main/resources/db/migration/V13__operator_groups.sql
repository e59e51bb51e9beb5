-- Operator groups (issue 5): an administrator names a set of operators once, and a supervisor assigns a campaign
-- to the group, which expands to its members at that moment. Members are usernames, as campaign_assignment keeps.
CREATE SEQUENCE operator_group_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE operator_group (
    id      bigint PRIMARY KEY,
    name    varchar(80) NOT NULL,
    version bigint      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX operator_group_name_key ON operator_group (lower(name));

CREATE TABLE operator_group_member (
    group_id bigint      NOT NULL REFERENCES operator_group (id) ON DELETE CASCADE,
    username varchar(64) NOT NULL REFERENCES app_user (username),
    PRIMARY KEY (group_id, username)
);

-- the campaign page's entries table: pages in id order, whole or for one operator
CREATE INDEX campaign_entry_page_idx ON campaign_entry (campaign_id, id);
CREATE INDEX campaign_entry_operator_idx ON campaign_entry (campaign_id, assigned_to, id);
