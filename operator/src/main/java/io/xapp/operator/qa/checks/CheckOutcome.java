package io.xapp.operator.qa.checks;

import io.xapp.api.v1alpha1.QaCheckResult;
import io.xapp.api.v1alpha1.QaCheckResult.Result;
import io.xapp.api.v1alpha1.QaCheckResult.SampleAnswer;
import java.util.List;

/** What one check found: its verdict, a message a reviewer can act on, and for SampleAnswers the answers. */
public record CheckOutcome(Result result, String message, List<SampleAnswer> answers) {

    public CheckOutcome {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    public static CheckOutcome passed(String message) {
        return new CheckOutcome(Result.Passed, message, List.of());
    }

    public static CheckOutcome warning(String message) {
        return new CheckOutcome(Result.Warning, message, List.of());
    }

    public static CheckOutcome failed(String message) {
        return new CheckOutcome(Result.Failed, message, List.of());
    }

    /** Passed, or else the worst of the two, so a check can add up its findings. */
    public static Result worst(Result a, Result b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    QaCheckResult toStatus(String name) {
        return new QaCheckResult(name, result, message, answers);
    }
}
