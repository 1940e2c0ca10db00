package vn.ct20.report.adhoc;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.ct20.platform.paging.Page;
import vn.ct20.platform.paging.PageRequest;

@ApplicationScoped
public class AdHocRequestRepository implements PanacheRepositoryBase<AdHocRequest, UUID> {

    /** Requests made by, or addressed to, one of {@code visible} (empty = all). */
    public Page<AdHocRequest> list(Optional<List<String>> visible, PageRequest page, String orderBy) {
        var query = visible
                .map(codes -> find("select distinct r from AdHocRequest r left join r.unitCodes u"
                        + " where r.requestingUnitCode in ?1 or u in ?1 order by " + orderBy, codes))
                .orElseGet(() -> find("select r from AdHocRequest r order by " + orderBy))
                .page(page.page, page.size);
        return new Page<>(query.list(), page.page, page.size, query.count());
    }
}
