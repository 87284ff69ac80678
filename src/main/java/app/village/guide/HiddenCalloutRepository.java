package app.village.guide;

import org.springframework.data.jpa.repository.JpaRepository;

interface HiddenCalloutRepository extends JpaRepository<HiddenCallout, HiddenCallout.Key> {
}
