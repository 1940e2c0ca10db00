-- Targets on a market group carry the group's markets (ct20.plan.target-changed.v1 field
-- marketGroupMembers), so consolidation can measure them without asking plan-service.
ALTER TABLE target_replica ADD COLUMN market_group_members varchar(40)[];
