package app.village.account;

import java.util.Optional;
import java.util.UUID;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, UUID> {

    /** The email must already be normalized with {@link Account#normalizeEmail}. */
    Optional<Account> findByEmail(String normalizedEmail);

    boolean existsByEmail(String normalizedEmail);

    /**
     * For a login attempt: locks the row, so parallel attempts are counted one after the other instead of
     * failing on the version check (which would lose failures and tell an attacker the account exists).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Account a where a.email = ?1")
    Optional<Account> findForLogin(String normalizedEmail);

    /** Her row, locked until the transaction ends: deleting it waits for her bookings under way, and they for it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Account a where a.id = ?1")
    Optional<Account> findByIdForUpdate(UUID id);
}
