package vn.ct20.plan.seed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ct20.plan.document.PlanDtos;
import vn.ct20.plan.document.PlanKind;
import vn.ct20.plan.regime.ReportingRegimeDtos;
import vn.ct20.plan.target.TargetDtos;
import vn.ct20.plan.task.Deadline;
import vn.ct20.plan.task.TaskDtos;
import vn.ct20.plan.unit.UnitKind;

/** The API's inputs for a transcribed source plan and its parts, read from source-plans.json: the loader makes and corrects plans with the API's rules. */
@ApplicationScoped
public class SourcePlanInputs {
    @Inject
    ObjectMapper json;

    PlanDtos.PlanInput planInput(JsonNode node) {
        List<UUID> parents = new ArrayList<>();
        node.get("parents").forEach(parent -> parents.add(SourcePlans.idOf(parent.asText())));
        return new PlanDtos.PlanInput(text(node, "number"), PlanKind.valueOf(node.get("kind").asText()),
                node.get("title").asText(), node.get("issuingUnitCode").asText(), node.get("areaUnitCode").asText(),
                date(node, "issueDate"), integer(node, "periodFrom"), integer(node, "periodTo"), integer(node, "orientationYear"),
                text(node, "purpose"), parents, null);
    }

    PlanDtos.BudgetInput budgetInput(JsonNode node) {
        return json.convertValue(node.get("budget"), PlanDtos.BudgetInput.class);
    }

    TargetDtos.TargetInput targetInput(JsonNode target) {
        return json.convertValue(target, TargetDtos.TargetInput.class);
    }

    ReportingRegimeDtos.RegimeInput regimeInput(JsonNode regime) {
        return json.convertValue(regime, ReportingRegimeDtos.RegimeInput.class);
    }

    /** @param taskIds the ids of the plan's tasks by number, for the parent */
    TaskDtos.TaskInput taskInput(JsonNode task, Map<String, UUID> taskIds) {
        return new TaskDtos.TaskInput(task.get("number").asText(), task.get("title").asText(),
                taskIds.get(text(task, "parentNumber")), task.path("section").asBoolean(), text(task, "leadUnitCode"),
                task.hasNonNull("leadUnitKind") ? UnitKind.valueOf(task.get("leadUnitKind").asText()) : null,
                json.convertValue(task.path("coLeadUnitCodes"), new TypeReference<List<String>>() { }),
                json.convertValue(task.path("coLeadUnitKinds"), new TypeReference<List<UnitKind>>() { }),
                json.convertValue(task.path("coordinatingUnitCodes"), new TypeReference<List<String>>() { }),
                json.convertValue(task.path("coordinatingUnitKinds"), new TypeReference<List<UnitKind>>() { }),
                task.hasNonNull("deadline") ? json.convertValue(task.get("deadline"), Deadline.class) : null, null);
    }

    static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    static LocalDate date(JsonNode node, String field) {
        return node.hasNonNull(field) ? LocalDate.parse(node.get(field).asText()) : null;
    }

    static Integer integer(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asInt() : null;
    }
}
