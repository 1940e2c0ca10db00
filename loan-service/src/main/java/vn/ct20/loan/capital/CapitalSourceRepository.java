package vn.ct20.loan.capital;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.ct20.platform.paging.Page;
import vn.ct20.platform.paging.PageRequest;

@ApplicationScoped
public class CapitalSourceRepository implements PanacheRepositoryBase<CapitalSource, UUID> {

    public boolean existsCode(String code) {
        return count("code", code) > 0;
    }

    public Page<CapitalSource> list(Optional<List<String>> visible, CapitalSourceKind kind, PageRequest page, String orderBy) {
        StringBuilder where = new StringBuilder("1 = 1");
        io.quarkus.panache.common.Parameters params = new io.quarkus.panache.common.Parameters();
        if (kind != null) {
            where.append(" and kind = :kind");
            params.and("kind", kind);
        }
        if (visible.isPresent()) {
            where.append(" and ownerUnitCode in :visible");
            params.and("visible", visible.get());
        }
        var query = find(where + " order by " + orderBy, params).page(page.page, page.size);
        return new Page<>(query.list(), page.page, page.size, query.count());
    }
}
