-- Each release's place in the published status lists (IETF Token Status List): given in the
-- transaction that issues it, never reused. List n holds the indexes n*size to (n+1)*size-1.
CREATE SEQUENCE release_status_index_seq MINVALUE 0 START WITH 0;
CREATE TABLE release_status_index (
    release_id  VARCHAR(64)  PRIMARY KEY,
    idx         BIGINT       NOT NULL UNIQUE DEFAULT nextval('release_status_index_seq')
);
INSERT INTO release_status_index (release_id) SELECT id FROM releases ORDER BY issued_at, id;

-- Grants are now signed when asked for, short-lived and only while the release is live; a grant
-- stored at issuance would stay valid until erase-by whatever became of the release.
DROP TABLE release_grant;
