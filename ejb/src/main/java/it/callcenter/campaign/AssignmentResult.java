package it.callcenter.campaign;

import java.util.List;

/** Who works the campaign after an assignment (groups expanded), and how many entries were dealt or pooled. */
public record AssignmentResult(List<String> operators, AssignmentMode mode, int entries) {
}
