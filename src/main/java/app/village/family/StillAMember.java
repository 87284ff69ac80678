package app.village.family;

import app.village.notification.LetterCheck;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A letter about a family (the digest, a change to something she is on) goes out only while its recipient is still
 * in that family: mail held for her quiet hours must not tell someone who left what the family plans.
 * Subject: the space's id.
 */
@Component
public class StillAMember implements LetterCheck {

    public static final String PURPOSE = "still-a-member";

    private final MembershipRepository memberships;

    StillAMember(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    @Override
    public String purpose() {
        return PURPOSE;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean stillTrue(UUID spaceId, @Nullable UUID recipientAccountId, Instant now) {
        return recipientAccountId != null && memberships.existsBySpaceIdAndAccountId(spaceId, recipientAccountId);
    }
}
