package io.xapp.operator.qa.checks;

/**
 * One automated pre-review check: looks at one thing a QA reviewer would otherwise check by eye and says what it
 * found. Runs off the reconcile threads with a deadline; an exception counts as a failed check with its message.
 */
interface QaCheck {

    /** CamelCase, as status.qa.checks lists it. */
    String name();

    CheckOutcome run(CheckContext context) throws Exception;
}
