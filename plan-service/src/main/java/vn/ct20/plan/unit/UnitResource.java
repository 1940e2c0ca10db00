package vn.ct20.plan.unit;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ct20.platform.paging.Page;
import vn.ct20.platform.paging.PageRequest;
import vn.ct20.platform.problem.Problem;
import vn.ct20.platform.security.Roles;
import vn.ct20.platform.security.UnitScope;
import vn.ct20.platform.web.Codes;
import vn.ct20.platform.write.WriteCommand;
import vn.ct20.platform.write.WritePipeline;

@Path("/api/v1/units")
@Tag(name = "Units", description = "Administrative units and bodies, at a date")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class UnitResource {
    @Inject
    UnitService service;

    @Inject
    WritePipeline pipeline;

    @GET
    @Operation(operationId = "listUnits", summary = "Units in force at a date", description = "Only units within the caller's scope are listed.")
    @APIResponse(responseCode = "200", description = "One page of units")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "Field to sort by; '-' in front for descending", schema = @Schema(enumeration = {"code", "-code", "name", "-name", "validFrom", "-validFrom"}))
    public Page<UnitDtos.UnitView> list(
            @QueryParam("at") @Parameter(description = "Date (default today, Asia/Ho_Chi_Minh)", example = "2024-01-01") LocalDate at,
            @QueryParam("parent") @Pattern(regexp = Codes.UNIT) @Parameter(description = "Only children of this unit", example = "12") String parent,
            @QueryParam("kind") @Parameter(description = "Only units of this kind", example = "PROVINCE") UnitKind kind,
            @QueryParam("q") @Size(max = 100) @Parameter(description = "Name contains this text; diacritics are ignored", example = "phong tho") String q,
            @Valid @BeanParam PageRequest page) {
        return service.search(at == null ? UnitScope.today() : at, parent, kind, q, page).map(UnitDtos.UnitView::of);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getUnit", summary = "One unit as it was at a date")
    @APIResponse(responseCode = "200", description = "The unit; ETag carries its version",
            content = @Content(schema = @Schema(implementation = UnitDtos.UnitView.class)))
    @APIResponse(responseCode = "404", description = "No such unit at that date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("code") @Parameter(example = "109") String code,
                        @QueryParam("at") @Parameter(description = "Date (default today)", example = "2024-01-01") LocalDate at) {
        Unit unit = service.get(code, at == null ? UnitScope.today() : at);
        return Response.ok(UnitDtos.UnitView.of(unit)).build();
    }

    @GET
    @Path("/{code}/ancestors")
    @Operation(operationId = "listUnitAncestors", summary = "The unit and every unit above it at a date, up to the country")
    @APIResponse(responseCode = "200", description = "From the unit itself up to VN")
    @APIResponse(responseCode = "404", description = "No such unit at that date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<UnitDtos.UnitView> ancestors(@PathParam("code") @Parameter(example = "03549") String code,
                                             @QueryParam("at") @Parameter(description = "Date (default today)", example = "2024-01-01") LocalDate at) {
        return service.ancestors(code, at == null ? UnitScope.today() : at).stream().map(UnitDtos.UnitView::of).toList();
    }

    @GET
    @Path("/{code}/successors")
    @Operation(operationId = "listUnitSuccessors", summary = "Units that took over this one",
            description = "For a unit that ceased in a merger or the 2025 restructuring: the units its territory went to, with the share.")
    @APIResponse(responseCode = "200", description = "Successor units; empty while the unit is in force")
    @APIResponse(responseCode = "404", description = "No such unit at that date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<UnitDtos.UnitLink> successors(@PathParam("code") @Parameter(example = "03549") String code,
                                              @QueryParam("at") @Parameter(description = "A date the unit was in force (default today)", example = "2024-01-01") LocalDate at) {
        return service.lineage(code, at == null ? UnitScope.today() : at, true);
    }

    @GET
    @Path("/{code}/predecessors")
    @Operation(operationId = "listUnitPredecessors", summary = "Units this one took over")
    @APIResponse(responseCode = "200", description = "Predecessor units, with the share of each")
    @APIResponse(responseCode = "404", description = "No such unit at that date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<UnitDtos.UnitLink> predecessors(@PathParam("code") @Parameter(example = "03549") String code,
                                                @QueryParam("at") @Parameter(description = "A date the unit was in force (default today)", example = "2025-08-01") LocalDate at) {
        return service.lineage(code, at == null ? UnitScope.today() : at, false);
    }

    @GET
    @Path("/{code}/versions")
    @Operation(operationId = "listUnitVersions", summary = "Every form a code has had", description = "A merged unit may keep one predecessor's code: each form is a version with its own validity.")
    @APIResponse(responseCode = "200", description = "Versions, oldest first")
    @APIResponse(responseCode = "404", description = "No unit ever had this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<UnitDtos.UnitView> versions(@PathParam("code") @Parameter(example = "12") String code) {
        return service.versions(code).stream().map(UnitDtos.UnitView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createUnit", summary = "Register a unit or body", description = "The parent must be in force on validFrom and within the caller's scope.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = UnitDtos.UnitView.class)))
    @APIResponse(responseCode = "409", description = "A unit with this code is already in force during that time",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown parent, or dates that contradict each other",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull UnitDtos.CreateUnit request, UriInfo uri) {
        Unit[] created = new Unit[1];
        pipeline.run(WriteCommand.of("unit.create", UnitDtos.UnitView.class)
                .roles(Roles.SYSTEM_ADMIN, Roles.PLAN_EDITOR)
                .target("unit", request.code(), null)
                .unitOfResult(UnitDtos.UnitView::parentCode)
                .status(201)
                .handler(() -> {
                    created[0] = service.create(request);
                    return UnitDtos.UnitView.of(created[0]);
                }));
        Unit unit = created[0];
        return Response.created(uri.getAbsolutePathBuilder().path(unit.code).queryParam("at", unit.validFrom).build())
                .entity(UnitDtos.UnitView.of(unit))
                .build();
    }
}
