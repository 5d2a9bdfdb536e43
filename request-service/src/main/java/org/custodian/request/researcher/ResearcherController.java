package org.custodian.request.researcher;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.custodian.contracts.catalog.ResearcherRegistered;
import org.custodian.request.chatops.ChatMembers;
import org.custodian.request.config.ClaimedTimes;
import org.custodian.request.dataset.KnownTerms;
import org.custodian.request.config.Paging;
import org.custodian.support.events.ActingCommands;
import org.custodian.support.problem.RuleViolation;
import org.custodian.support.security.Caller;
import org.custodian.support.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stewards register researchers and page through the directory. A profile is read by its researcher, stewards,
 * compliance, and a reviewer only while reviewing one of the researcher's requests openly (not blinded).
 */
@RestController
@Validated
@RequestMapping("/api/researchers")
class ResearcherController {

    private final CommandGateway commands;
    private final ResearcherDirectory directory;
    private final ChatMembers chatMembers;
    private final ErasedPeople erasedPeople;
    private final KnownTerms known;
    private final ReviewerSight reviewers;
    private final ClaimedTimes times;

    ResearcherController(CommandGateway commands, ResearcherDirectory directory, ChatMembers chatMembers,
                         ErasedPeople erasedPeople, KnownTerms known, ReviewerSight reviewers, ClaimedTimes times) {
        this.commands = commands;
        this.directory = directory;
        this.chatMembers = chatMembers;
        this.erasedPeople = erasedPeople;
        this.known = known;
        this.reviewers = reviewers;
        this.times = times;
    }

    @PostMapping
    ResponseEntity<ResearcherRegistered> register(@Valid @RequestBody RegisterResearcherBody body, Caller caller) {
        known.requireKnownResearcher(body);
        requireSignedAlready(body.dsa());
        if (directory.find(body.id()).isPresent()) {
            throw new RuleViolation(HttpStatus.CONFLICT, "RESEARCHER_EXISTS", "Researcher " + body.id() + " is already registered.");
        }
        erasedPeople.refuseIfErased(body.id(), "a name");
        refuseTakenSlackUser(body.id(), body.slackUserId());
        commands.sendAndWait(ActingCommands.by(caller.subject(), new RegisterResearcher(body.id(), body.toEvent())));
        return ResponseEntity.created(URI.create("/api/researchers/" + body.id())).body(body.toEvent());
    }

    @PutMapping("/{id}/credentials")
    ResearcherRegistered changeCredentials(@PathVariable String id, @Valid @RequestBody CredentialsBody body,
                                           Caller caller) {
        directory.find(id).orElseThrow(() -> unknown(id));
        known.requireKnownResearcher(body);
        requireSignedAlready(body.dsa());
        refuseTakenSlackUser(id, body.slackUserId());
        commands.sendAndWait(ActingCommands.by(caller.subject(),
                new CredentialCommands.ChangeCredentials(id, body.toCredentials())));
        return directory.find(id).orElseThrow(() -> unknown(id));
    }

    /** The directory, for stewards and compliance (RequestServiceAccess); a next page is linked in {@code Link}. */
    @Operation(summary = "The researcher directory, in id order, optionally of one institution; paginated by limit and cursor")
    @GetMapping
    ResponseEntity<List<ResearcherRegistered>> directory(@RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) @Size(min = 1, max = 200) String institution) {
        Paging paging = Paging.of(limit, cursor);
        return paging.answer(directory.page(paging, institution), ResearcherRegistered::researcherId);
    }

    @GetMapping("/{id}")
    ResearcherRegistered byId(@PathVariable String id, Caller caller) {
        if (!mayRead(id, caller)) {
            throw unknown(id);
        }
        return directory.find(id).orElseThrow(() -> unknown(id));
    }

    /** Someone who may not read a profile is told it does not exist, like a profile that does not. */
    private boolean mayRead(String id, Caller caller) {
        return caller.subject().equals(id) || caller.hasAny(Role.STEWARD, Role.COMPLIANCE)
                || caller.has(Role.REVIEWER) && reviewers.reviewsOpenly(caller.subject(), id);
    }

    private void requireSignedAlready(ResearcherProfile.Dsa dsa) {
        if (dsa != null) {
            times.requirePast(dsa.signedOn(), "dsa.signed_on", "SIGNED_ON_IN_FUTURE");
        }
    }

    private void refuseTakenSlackUser(String researcherId, String slackUserId) {
        if (slackUserId != null) {
            erasedPeople.refuseIfErased(researcherId, "a Slack user id");
            chatMembers.requireFree(researcherId, slackUserId);
        }
    }

    private static RuleViolation unknown(String id) {
        return new RuleViolation(HttpStatus.NOT_FOUND, "UNKNOWN_RESEARCHER", "There is no researcher " + id + ".");
    }
}
