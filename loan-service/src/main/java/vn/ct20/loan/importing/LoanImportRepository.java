package vn.ct20.loan.importing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class LoanImportRepository implements PanacheRepositoryBase<LoanImport, UUID> {
}
