{{/* Names: every object is prefixed with the release name so two releases never collide. */}}
{{- define "xapp.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 50 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 50 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "xapp.operator.name" -}}{{ include "xapp.fullname" . }}-operator{{- end -}}
{{- define "xapp.bridge.name" -}}{{ include "xapp.fullname" . }}-bridge{{- end -}}
{{/* Where runtimes call the bridge: its Service, unless runtime.bridgeUrl says otherwise (processes, tests). */}}
{{- define "xapp.runtime.bridgeUrl" -}}
{{- default (printf "http://%s.%s.svc:8080" (include "xapp.bridge.name" .) .Release.Namespace) .Values.runtime.bridgeUrl -}}
{{- end -}}
{{- define "xapp.inference.name" -}}{{ include "xapp.fullname" . }}-inference{{- end -}}
{{/* Where runtimes call the inference service: its Service, unless inference.url says otherwise. */}}
{{- define "xapp.runtime.inferenceUrl" -}}
{{- default (printf "http://%s.%s.svc:8080" (include "xapp.inference.name" .) .Release.Namespace) .Values.inference.url -}}
{{- end -}}
{{- define "xapp.partnerConfig.name" -}}{{ include "xapp.fullname" . }}-partner{{- end -}}
{{- define "xapp.tokenKey.name" -}}
{{- default (printf "%s-assistant-token-key" (include "xapp.fullname" .)) .Values.assistantTokenKey.existingSecret -}}
{{- end -}}

{{/* Cluster-scoped objects are named after the release namespace too: releases in two namespaces coexist. */}}
{{- define "xapp.clusterScopedName" -}}
{{- printf "%s-%s" .Release.Namespace (include "xapp.fullname" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "xapp.labels" -}}
app.kubernetes.io/part-of: xapp
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "xapp.selectorLabels" -}}
app.kubernetes.io/part-of: xapp
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- /* The labels of every customer's runtime pod, as the operator sets them (no release label: the operator makes
them, not Helm). */}}
{{- define "xapp.runtime.selectorLabels" -}}
app.kubernetes.io/part-of: xapp
app.kubernetes.io/component: runtime
{{- end -}}

{{/* image: {{ include "xapp.image" .Values.operator.image }} */}}
{{- define "xapp.image" -}}
{{- if .digest -}}{{ .repository }}@{{ .digest }}{{- else -}}{{ .repository }}:{{ .tag }}{{- end -}}
{{- end -}}

{{/* The restricted pod security profile, shared by the operator, the bridge and the inference service. */}}
{{- define "xapp.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: 10001
runAsGroup: 10001
fsGroup: 10001
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{- define "xapp.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
capabilities:
  drop: [ALL]
{{- end -}}

{{- define "xapp.secrets.name" -}}
{{- default (printf "%s-partner-secrets" (include "xapp.fullname" .)) .Values.secrets.existingSecret -}}
{{- end -}}

{{/* Keys of the partner Secret that we issue to the partner (generated for trials when not given), as JSON. */}}
{{- define "xapp.secrets.issuedKeys" -}}
{{- concat .Values.webhook.secretKeys .Values.webhook.apiKeySecretKeys (list .Values.analytics.keySecretKey) | toJson -}}
{{- end -}}

{{/* Keys of the partner Secret only the partner can provide, with the setting that needs each, as JSON. */}}
{{- define "xapp.secrets.requiredKeys" -}}
{{- $needs := list -}}
{{- range $call := list "leads" "bookings" "slots" -}}
{{- $auth := (index $.Values.partnerApi $call | default dict).auth | default dict -}}
{{- with $auth.secretKey -}}
{{- $needs = append $needs (dict "key" . "by" (printf "partnerApi.%s.auth.secretKey" $call)) -}}
{{- end -}}
{{- end -}}
{{- if .Values.bridge.postgresql.url -}}
{{- $needs = append $needs (dict "key" "bridge-db-password" "by" "bridge.postgresql") -}}
{{- end -}}
{{- toJson $needs -}}
{{- end -}}

{{/* A network of partner.crawl.allowedNetworks as an ipBlock CIDR: a bare address is that one host. */}}
{{- define "xapp.cidr" -}}
{{- if contains "/" . -}}{{ . }}{{- else if contains ":" . -}}{{ . }}/128{{- else -}}{{ . }}/32{{- end -}}
{{- end -}}
