package org.zonehub.compliance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One answer of a draft; saving a draft may leave the answer empty (it stays unanswered).
 *
 * @param code the requirement's code in the assessment
 */
record AnswerForm(@NotBlank String code, Answer answer, @Size(max = 2000) String comment) {
}
