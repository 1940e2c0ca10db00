package vn.ct20.plan.market;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class MarketGroupRepository implements PanacheRepositoryBase<MarketGroup, String> {
}
