package org.zonehub.compliance;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** Answers to save in a draft (the items the user changed); all are stored or none. */
record AnswersForm(@NotEmpty @Size(max = 500) List<@Valid AnswerForm> answers) {
}
