package io.xapp.bridge.app;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.xapp.api.auth.AssistantTokens;
import io.xapp.api.kube.WriteRate;
import io.xapp.bridge.analytics.AnalyticsQuery;
import io.xapp.bridge.analytics.AnalyticsService;
import io.xapp.bridge.analytics.UsageStore;
import io.xapp.bridge.config.AnalyticsSettings;
import io.xapp.bridge.config.BridgeConfig;
import io.xapp.bridge.config.EventsSettings;
import io.xapp.bridge.config.SecretRef;
import io.xapp.bridge.events.EventParser;
import io.xapp.bridge.events.EventValidator;
import io.xapp.bridge.intake.EventIntake;
import io.xapp.bridge.intake.SqsConsumer;
import io.xapp.bridge.intake.WebhookAuthenticator;
import io.xapp.bridge.intake.WebhookResource.WebhookReceiver;
import io.xapp.bridge.kube.AssistantWatcher;
import io.xapp.bridge.kube.KubernetesCustomerAssistants;
import io.xapp.bridge.notify.EventBusPublisher;
import io.xapp.bridge.notify.NotificationStatusWriter;
import io.xapp.bridge.notify.ReadyNotifier;
import io.xapp.bridge.outbox.Backoff;
import io.xapp.bridge.relay.RelayService;
import io.xapp.bridge.retention.CancellationPurge;
import io.xapp.bridge.store.Database;
import io.xapp.bridge.subscription.KubernetesAssistantWriter;
import io.xapp.bridge.subscription.SubscriptionService;
import io.xapp.bridge.web.AssistantCaller;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The bridge assembled from its configuration, in one place: Quarkus builds it as a bean (its inputs come from
 * {@link BridgeInputs}) and takes the parts the resources need from its producer methods; tests and the benchmark
 * build it directly. {@link #start()} starts the queue consumer, the Assistant watcher and the delivery workers, on
 * Quarkus's start-up event; {@link #close()} stops them and closes the store, on its shutdown event.
 */
@Singleton
public final class Bridge implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Bridge.class);

    private final BridgeConfig config;
    private final String namespace;
    private final Database db;
    private final Optional<SqsClient> sqs;
    private final Optional<EventBridgeClient> events;
    private final EventIntake intake;
    private final WebhookReceiver webhook;
    private final Optional<SqsConsumer> consumer;
    private final Optional<ReadyNotifier> notifier;
    private final RelayService relay;
    private final UsageStore usage;
    private final AnalyticsService analytics;
    private final AssistantWatcher watcher;
    private final KubernetesCustomerAssistants customers;
    private final AssistantCaller caller;
    private final List<PeriodicWorker> workers = new ArrayList<>();

    @Inject
    public Bridge(BridgeConfig config, KubernetesClient kube, AssistantTokens tokens, Clock clock) {
        this.config = config;
        this.namespace = namespace(config, kube);
        this.db = Database.open(config.store(), config.store().password() == null ? null
                : config.store().password().resolve("store.password"));
        // Optional parts: on when their settings name a queue or a bus.
        this.sqs = Optional.of(config.events()).filter(EventsSettings::consumesQueue).map(AwsClients::sqs);
        this.events = Optional.of(config.events()).filter(EventsSettings::notifiesBus).map(AwsClients::eventBridge);

        WriteRate writes = new WriteRate(config.kubernetes().writesPerSecond(),
                BridgeConfig.KubernetesSettings.WRITES_PER_SECOND);
        this.watcher = new AssistantWatcher(kube, namespace);
        this.customers = new KubernetesCustomerAssistants(kube, watcher);
        SubscriptionService subscriptions = new SubscriptionService(db,
                new KubernetesAssistantWriter(kube, customers, writes), clock);
        EventParser parser = new EventParser(new EventValidator(config.partner().tiers().keySet()),
                config.webhook().maxBodyBytes());
        this.intake = new EventIntake(parser, subscriptions);
        this.webhook = new WebhookReceiver(new WebhookAuthenticator(
                resolve(config.webhook().secrets(), "webhook.secrets"),
                resolve(config.webhook().apiKeys(), "webhook.apiKeys"),
                config.webhook().replayWindowDuration(), clock),
                intake, config.webhook().maxBodyBytes(), config.webhook().apiKeyHeader());
        this.consumer = sqs.map(client -> new SqsConsumer(client, config.events(), intake));
        this.notifier = events.map(client -> new ReadyNotifier(db,
                new EventBusPublisher(client, config.events().busName(), config.events().source()),
                new NotificationStatusWriter(kube, writes), customers, Backoff.DEFAULT, clock));
        this.relay = new RelayService(db, config.partnerApi(), Backoff.DEFAULT, clock);
        this.usage = new UsageStore(db, clock);
        this.analytics = new AnalyticsService(usage, new AnalyticsQuery(db),
                config.partner().partnerId(), customers, analyticsKeys(config.analytics()),
                config.analytics().topQueries());
        this.caller = new AssistantCaller(tokens);

        notifier.ifPresent(n -> watcher.onChange(n::observe));
        CancellationPurge purge = new CancellationPurge(usage, relay);
        watcher.onChange(purge::onAssistantChange).onDelete(purge::onAssistantDeleted);
    }

    /**
     * Summarises usage recorded before the summaries existed, starts the watcher (returning once its cache is
     * complete), then the consumer and the workers. Building the bridge does none of this, so it stays cheap and
     * free of side effects beyond opening (and migrating) the store.
     */
    public synchronized void start() {
        usage.backfill();
        watcher.start();
        consumer.ifPresentOrElse(SqsConsumer::start, () -> LOG.warn(
                "events.queueUrl is not set: partner events arrive only through POST /v1/events"));
        notifier.ifPresentOrElse(
                n -> workers.add(new PeriodicWorker("ready-notifier", n::dispatch, Duration.ofSeconds(1))),
                () -> LOG.warn("events.busName is not set: ReadyForInstallation is not sent to the partner"));
        workers.add(new PeriodicWorker("relay-outbox", relay::dispatch, Duration.ofSeconds(1)));
        workers.forEach(PeriodicWorker::start);
        LOG.infof("bridge for partner %s started in namespace %s", config.partner().partnerId(), namespace);
    }

    void onStart(@Observes StartupEvent event) {
        start();
    }

    void onStop(@Observes ShutdownEvent event) {
        close();
    }

    @Override
    public synchronized void close() {
        consumer.ifPresent(SqsConsumer::close);
        workers.forEach(PeriodicWorker::close);
        workers.clear();
        watcher.close();
        sqs.ifPresent(SqsClient::close);
        events.ifPresent(EventBridgeClient::close);
        db.close();
    }

    public Database database() { return db; }
    public EventIntake intake() { return intake; }
    @Produces @Singleton public WebhookReceiver webhook() { return webhook; }
    @Produces @Singleton public RelayService relay() { return relay; }
    @Produces @Singleton public AnalyticsService analytics() { return analytics; }
    @Produces @Singleton public KubernetesCustomerAssistants customers() { return customers; }
    @Produces @Singleton public AssistantCaller caller() { return caller; }

    private static String namespace(BridgeConfig config, KubernetesClient kube) {
        String ns = config.kubernetes().namespace();
        if (ns == null || ns.isBlank()) {
            ns = kube.getNamespace();
        }
        return ns == null || ns.isBlank() ? "default" : ns;
    }

    private static List<String> resolve(List<SecretRef> refs, String what) {
        return IntStream.range(0, refs.size()).mapToObj(i -> refs.get(i).resolve(what + "[" + i + "]")).toList();
    }

    private static Map<String, String> analyticsKeys(AnalyticsSettings settings) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (int i = 0; i < settings.apiKeys().size(); i++) {
            AnalyticsSettings.PartnerKey k = settings.apiKeys().get(i);
            keys.put(k.key().resolve("analytics.apiKeys[" + i + "].key"), k.partnerId());
        }
        return keys;
    }
}
