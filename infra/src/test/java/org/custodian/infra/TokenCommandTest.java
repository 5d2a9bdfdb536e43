package org.custodian.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code infra/platform token}: help that says everything, a refusal of roles no service knows, and a token otherwise. */
class TokenCommandTest {

    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void helpPrintsEveryOptionAndTheRoles() {
        int exit = run("token", "--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("--sub", "--roles", "--ttl", "--data-dir", "PT8H",
                "researcher", "reviewer", "steward", "compliance", "integration", "admin");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void anUnknownRoleIsRefusedNamingTheKnownOnes() {
        int exit = run("token", "--sub", "alice", "--roles", "researcher,superuser", "--data-dir", dataDir.toString());

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("Unknown role superuser",
                "researcher, reviewer, steward, compliance, integration, admin");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aKnownRoleGetsATokenForItsSubjectAndLifetime() throws Exception {
        int exit = run("token", "--sub", "alice", "--roles", "researcher,reviewer", "--ttl", "PT1H", "--data-dir", dataDir.toString());

        assertThat(exit).isZero();
        SignedJWT jwt = SignedJWT.parse(out.toString().trim());
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("alice");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("researcher", "reviewer");
        assertThat(Duration.between(Instant.now(), jwt.getJWTClaimsSet().getExpirationTime().toInstant()))
                .isBetween(Duration.ofMinutes(55), Duration.ofMinutes(61));
    }

    @Test
    void aLifetimeThatIsNotPositiveIsRefused() {
        assertThat(run("token", "--sub", "alice", "--roles", "admin", "--ttl", "-PT1H", "--data-dir", dataDir.toString()))
                .isNotZero();
        assertThat(err.toString()).contains("--ttl must be a positive duration");
    }

    private int run(String... args) {
        return new CommandLine(new Platform()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }
}
