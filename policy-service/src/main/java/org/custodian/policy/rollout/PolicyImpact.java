package org.custodian.policy.rollout;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.custodian.policy.engine.PolicyBundle;
import org.custodian.policy.engine.PolicyEngine;
import org.custodian.policy.reevaluation.LiveRelease;
import org.custodian.policy.reevaluation.LiveRequests;
import org.custodian.policy.reevaluation.ReleaseJudge;
import org.springframework.stereotype.Service;

/**
 * Judges every live release as released under the policy in force and under a candidate, side by side, in
 * an engine of the candidate's own (in-process wasm, whichever engine decides): nothing is stored or published.
 */
@Service
class PolicyImpact {

    private final LiveRequests live;
    private final ReleaseJudge judge;
    private final PolicyEngine engine;

    PolicyImpact(LiveRequests live, ReleaseJudge judge, PolicyEngine engine) {
        this.live = live;
        this.judge = judge;
        this.engine = engine;
    }

    ImpactReport assess(PolicyBundle candidate, PolicyEngine candidateEngine) {
        Instant now = Instant.now();
        List<LiveRelease> releases = live.approved();
        List<ImpactReport.ReleaseImpact> changed = new ArrayList<>();
        for (LiveRelease release : releases) {
            ImpactReport.ReleaseImpact impact = ImpactReport.ReleaseImpact.of(release.submission().requestId(),
                    release.submission().researcherId(), release.submission().datasets(),
                    judge.judge(release, now, engine), judge.judge(release, now, candidateEngine));
            if (impact.differs()) {
                changed.add(impact);
            }
        }
        return new ImpactReport(engine.revision(), candidate.revision(), releases.size(), changed.size(), changed);
    }
}
