-- Who may read a request's decisions besides stewards and compliance: its requester, and the reviewers of
-- its panel (from review.assigned). Requests decided before this was kept have their requester only.
CREATE TABLE request_audience (
    request_id    VARCHAR(128) PRIMARY KEY,
    researcher_id VARCHAR(128) NOT NULL,
    reviewers     TEXT[]       NOT NULL DEFAULT '{}'
);

INSERT INTO request_audience (request_id, researcher_id)
SELECT request_id, submission ->> 'researcher_id' FROM live_request;
