/** A tenant's policy as `policies/schema.json` defines it; the schema is the reference for each field. */
export const PHI_LABELS = ['NAME', 'DATE', 'PHONE', 'FAX', 'EMAIL', 'SSN', 'MRN', 'ID', 'ADDRESS', 'AGE', 'ORGANIZATION', 'URL', 'IP'] as const;
export type PhiLabel = (typeof PHI_LABELS)[number];

export const CHANNELS = ['sms', 'chat', 'email', 'voice', 'portal', 'agent'] as const;
export type Channel = (typeof CHANNELS)[number];

export type IntentAction = 'auto' | 'draft' | 'escalate' | 'refuse';
export type Priority = 'urgent' | 'high' | 'normal';
export type FailMode = 'closed' | 'open' | 'escalate';
export type PhiAction = 'pseudonymize' | 'mask' | 'hash' | 'block';

/** A hospital's own identifier format, from policy ("MRNs here look like LK-1234567"). */
export interface PhiRecognizerPolicy {
  name: string;
  label: PhiLabel;
  pattern: string;
  caseSensitive?: boolean;
  score?: number;
  context?: string[];
}

export interface ChannelPolicy {
  toPatient?: PhiLabel[];
  toModel?: PhiLabel[];
}

/** A channel the policy does not list gets nothing: no PHI to the model, nothing restored. */
export function channelPolicy(policy: Policy, channel: string): ChannelPolicy | undefined {
  return (CHANNELS as readonly string[]).includes(channel) ? policy.channels?.[channel as Channel] : undefined;
}

export interface IntentPolicy {
  description: string;
  action: IntentAction;
  examples: string[];
  keywords?: string[];
  patterns?: string[];
  model?: string;
  reply?: string;
  priority?: Priority;
}

export type IntentCatalog = Record<string, IntentPolicy>;

export interface WebhookPolicy {
  url: string;
  secretEnv?: string;
  maxAttempts?: number;
  backoffMs?: number;
  timeoutMs?: number;
}

export interface Policy {
  tenant: string;
  description?: string;
  shadow?: boolean;
  disclosure?: string;
  channels?: Partial<Record<Channel, ChannelPolicy>>;
  phi?: {
    enabled?: boolean;
    actions?: Partial<Record<PhiLabel, PhiAction>>;
    thresholds?: Partial<Record<PhiLabel, number>>;
    timeBudgetMs?: number;
    recognizers?: PhiRecognizerPolicy[];
  };
  intents?: {
    threshold?: number;
    uncertain?: { action: 'clarify' | 'escalate'; reply?: string };
    secondOpinion?: { model: string; below?: number; timeoutMs?: number };
    catalog: IntentCatalog;
  };
  escalation?: {
    handoffMessage?: string;
    humanRequest?: boolean;
    repeatedUnresolved?: number;
    lowConfidence?: boolean;
    outboundViolation?: boolean;
    webhook?: WebhookPolicy;
  };
  failModes?: { phi?: FailMode; intent?: FailMode };
}
