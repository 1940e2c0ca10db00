package vn.ct20.loan.capital;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ct20.platform.idempotency.IdempotentRequests;
import vn.ct20.platform.paging.Page;
import vn.ct20.platform.paging.PageRequest;
import vn.ct20.platform.problem.Problem;
import vn.ct20.platform.web.ETags;
import vn.ct20.platform.write.WritePipeline;

@Path("/api/v1/capital-sources")
@Tag(name = "Capital sources", description = "Where VBSP's loan capital comes from")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CapitalSourceResource {
    @Inject
    CapitalSourceService service;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerCapitalSource", summary = "Register a capital source",
            description = "Send an Idempotency-Key to make retries safe: a repeat returns the first result.")
    @APIResponse(responseCode = "201", description = "Registered (or the first result of this Idempotency-Key)",
            content = @Content(schema = @Schema(implementation = CapitalSourceDtos.CapitalSourceView.class)))
    @APIResponse(responseCode = "409", description = "The code is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Client-chosen key, e.g. a UUID", example = "2f9a1c3e-7b64-4d1e-a0c2-5e8f9b7d6a41") String key,
            @Valid @NotNull CapitalSourceDtos.CreateCapitalSource request, @Context UriInfo uri) {
        WritePipeline.Outcome<CapitalSourceDtos.CapitalSourceView> outcome = service.register(request, key);
        Response.ResponseBuilder response = Response.status(outcome.status()).entity(outcome.result())
                .location(uri.getAbsolutePathBuilder().path(outcome.result().id().toString()).build())
                .tag(ETags.of(service.get(outcome.result().id()).version));
        return (outcome.replayed() ? response.header(IdempotentRequests.REPLAYED_HEADER, "true") : response).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "renameCapitalSource", summary = "Rename a capital source", description = "Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "200", description = "Renamed",
            content = @Content(schema = @Schema(implementation = CapitalSourceDtos.CapitalSourceView.class)))
    @APIResponse(responseCode = "412", description = "Changed since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response rename(@PathParam("id") UUID id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag from the last read", example = "\"0\"") String ifMatch,
                           @Valid @NotNull CapitalSourceDtos.RenameCapitalSource request) {
        CapitalSourceDtos.CapitalSourceView source = service.rename(id, ifMatch, request).result();
        return Response.ok(source).tag(ETags.of(service.get(id).version)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCapitalSource", summary = "One capital source")
    @APIResponse(responseCode = "200", description = "The source; ETag carries its version",
            content = @Content(schema = @Schema(implementation = CapitalSourceDtos.CapitalSourceView.class)))
    @APIResponse(responseCode = "404", description = "No such source",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        CapitalSource source = service.get(id);
        return Response.ok(CapitalSourceDtos.CapitalSourceView.of(source)).tag(ETags.of(source.version)).build();
    }

    @GET
    @Operation(operationId = "listCapitalSources", summary = "Capital sources held by units in the caller's scope")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "Field to sort by; '-' in front for descending", schema = @Schema(enumeration = {"code", "-code", "name", "-name", "createdAt", "-createdAt"}))
    public Page<CapitalSourceDtos.CapitalSourceView> list(
            @QueryParam("kind") @Parameter(description = "Only sources of this kind") CapitalSourceKind kind,
            @Valid @BeanParam PageRequest page) {
        return service.list(kind, page).map(CapitalSourceDtos.CapitalSourceView::of);
    }

    @Inject
    CapitalAllocations allocations;

    @PUT
    @Path("/{id}/allocations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "allocateCapital", summary = "Set what the source may lend in a unit and year",
            description = "Creates or changes the allocation; it may not drop below what is already lent out from it (422).")
    public CapitalSourceDtos.AllocationView allocate(@PathParam("id") UUID id, @Valid @NotNull CapitalSourceDtos.AllocationInput input) {
        return allocations.allocate(id, input);
    }

    @GET
    @Path("/{id}/allocations")
    @Operation(operationId = "listCapitalAllocations", summary = "The source's allocations: allocated, committed, disbursed, repaid and available")
    public java.util.List<CapitalSourceDtos.AllocationView> allocations(@PathParam("id") UUID id) {
        return allocations.list(id);
    }
}
