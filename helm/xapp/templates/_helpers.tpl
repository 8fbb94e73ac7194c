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
{{- define "xapp.runtime.serviceAccount" -}}{{ include "xapp.fullname" . }}-runtime{{- end -}}
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

{{/* image: {{ include "xapp.image" .Values.operator.image }} */}}
{{- define "xapp.image" -}}
{{- if .digest -}}{{ .repository }}@{{ .digest }}{{- else -}}{{ .repository }}:{{ .tag }}{{- end -}}
{{- end -}}

{{/* The restricted pod security profile, shared by the operator and the bridge. */}}
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
