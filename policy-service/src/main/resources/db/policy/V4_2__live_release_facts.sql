-- A re-evaluation judges the approved version as it was judged (DESIGN invariant 10): which decision the
-- approval rests on, the time that decision judged at, the erase-by date the release carries, and whose
-- credentials it rests on.
ALTER TABLE live_request
    ADD COLUMN researcher_id VARCHAR(128),
    ADD COLUMN decision_id   VARCHAR(128),
    ADD COLUMN judged_at     TIMESTAMPTZ,
    ADD COLUMN erase_by      DATE;

UPDATE live_request SET researcher_id = submission ->> 'researcher_id';

-- A submission's decision id is a name-based (version 3) UUID, a re-evaluation's a random one: the latest
-- name-based decision of a request is the one on its current submission.
UPDATE live_request live
SET decision_id = made.decision_id,
    judged_at   = made.evaluated_at,
    erase_by    = CAST(made.document -> 'obligations' ->> 'erase_by' AS DATE)
FROM (SELECT DISTINCT ON (request_id) request_id, decision_id, evaluated_at, document
      FROM decision WHERE substring(decision_id FROM 15 FOR 1) = '3'
      ORDER BY request_id, evaluated_at DESC) made
WHERE made.request_id = live.request_id;

ALTER TABLE live_request ALTER COLUMN researcher_id SET NOT NULL;
CREATE INDEX live_request_researcher ON live_request (researcher_id) WHERE approved;
