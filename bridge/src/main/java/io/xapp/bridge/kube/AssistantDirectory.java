package io.xapp.bridge.kube;

import java.util.Optional;

/** Finds the customer behind an Assistant, for calls that name the Assistant (runtime to bridge). */
public interface AssistantDirectory {

    Optional<String> customerId(String namespace, String name);
}
