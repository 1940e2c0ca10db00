package vn.ct20.platform.testapp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The test application's own record of a write: present only if the write committed. */
@Entity
@Table(name = "announced_unit")
public class AnnouncedUnit {
    @Id
    @Column(name = "unit_key")
    public String unitKey;

    @Column(name = "announced_by", nullable = false)
    public String announcedBy;
}
