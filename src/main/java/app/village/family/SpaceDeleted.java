package app.village.family;

import java.util.UUID;

/**
 * An owner ({@code by}) deleted a space and everything in it; published with the deletion, so it is heard only if
 * it commits. Ids only: the space's name is gone with it. No {@link MemberLeft} is published for its members.
 */
public record SpaceDeleted(UUID spaceId, UUID by) {
}
