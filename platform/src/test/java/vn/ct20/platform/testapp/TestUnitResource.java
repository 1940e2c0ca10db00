package vn.ct20.platform.testapp;

import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.ct20.events.EventType;
import vn.ct20.events.unit.UnitChangedV1;
import vn.ct20.platform.idempotency.IdempotentRequests;
import vn.ct20.platform.outbox.Outbox;
import vn.ct20.platform.problem.Problem;
import vn.ct20.platform.problem.ProblemException;
import vn.ct20.platform.security.Roles;
import vn.ct20.platform.write.WriteCommand;
import vn.ct20.platform.write.WritePipeline;

/**
 * The platform's test application: announces a unit, the way plan-service does, through the write
 * pipeline. Its handler publishes the event first and only then checks the name, so that a refusal
 * shows whether the event, the audit record and the idempotency key were all rolled back with it.
 */
@Path("/api/v1/test-units")
public class TestUnitResource {
    @Inject
    WritePipeline pipeline;

    @Inject
    Outbox outbox;

    @Inject
    jakarta.persistence.EntityManager entityManager;

    @Inject
    vn.ct20.platform.security.CurrentUser user;

    @POST
    @Operation(operationId = "announceTestUnit")
    public Response announce(@HeaderParam(IdempotentRequests.HEADER) String key, UnitChangedV1 unit) {
        WritePipeline.Outcome<UnitChangedV1> outcome = pipeline.run(WriteCommand.of("unit.announce", UnitChangedV1.class)
                .roles(Roles.SYSTEM_ADMIN, Roles.PLAN_EDITOR)
                .creating("unit", unit.parentCode(), unit.validFrom(), UnitChangedV1::key)
                .idempotent(key, unit)
                .status(201)
                .handler(() -> {
                    AnnouncedUnit row = new AnnouncedUnit();
                    row.unitKey = unit.key() + "#" + java.util.UUID.randomUUID();
                    row.announcedBy = user.subject();
                    entityManager.persist(row);
                    outbox.publish(EventType.UNIT_CHANGED_V1, unit.key(), unit);
                    if (unit.name().isBlank()) {
                        throw ProblemException.unprocessable("A unit needs a name", List.of(new Problem.FieldError("name", "must not be blank")));
                    }
                    return unit;
                }));
        Response.ResponseBuilder response = Response.status(outcome.status()).entity(outcome.result());
        return (outcome.replayed() ? response.header(IdempotentRequests.REPLAYED_HEADER, "true") : response).build();
    }
}
