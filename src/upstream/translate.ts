import { randomUUID } from 'node:crypto';
import type { ChatRequest, ChatResponse, Message, Options, Tool, ToolCall as OllamaToolCall } from 'ollama';
import type {
  ChatCompletionRequest,
  ChatMessage,
  ContentPart,
  FinishReason,
  ToolCall,
  Usage,
} from '../api/openai/types.js';
import { ChaperoneError } from '../errors.js';

function unsupported(param: string, message: string): ChaperoneError {
  return new ChaperoneError('CHAPERONE_ERR_UNSUPPORTED_PARAMETER', { param, message });
}

/** Ollama answers in one choice; other OpenAI features it lacks are refused, not silently ignored. */
export function assertSupported(request: ChatCompletionRequest): void {
  if (request.n !== undefined && request.n !== null && request.n !== 1) {
    throw unsupported('n', 'Only n=1 is supported: the model server returns one choice per request.');
  }
  if (request.logprobs) {
    throw unsupported('logprobs', 'logprobs are not supported through Chaperone.');
  }
  if (request.tool_choice !== undefined && typeof request.tool_choice === 'object') {
    throw unsupported('tool_choice', 'Forcing a named tool is not supported by the model server; use "auto" or "none".');
  }
}

export function textOf(content: string | readonly ContentPart[] | null | undefined): string {
  if (content === null || content === undefined) return '';
  if (typeof content === 'string') return content;
  let text = '';
  for (const part of content) if (part.type === 'text') text += part.text;
  return text;
}

const DATA_URL = /^data:image\/[a-z0-9.+-]+;base64,/i;

// Images go to the client as bytes: given a string, the ollama client reads it as a file path
// when one exists, which would let a caller make the gateway read its own disk.
function imagesOf(content: ChatMessage['content'], index: number): Uint8Array[] {
  if (typeof content === 'string' || !content) return [];
  const images: Uint8Array[] = [];
  content.forEach((part, partIndex) => {
    if (part.type !== 'image_url') return;
    const url = part.image_url.url;
    const match = DATA_URL.exec(url);
    if (!match) {
      throw unsupported(
        `messages[${index}].content[${partIndex}].image_url.url`,
        'Images must be sent inline as base64 data URLs; the gateway does not fetch remote URLs.',
      );
    }
    images.push(Buffer.from(url.slice(match[0].length), 'base64'));
  });
  return images;
}

function parseArguments(call: ToolCall, param: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(call.function.arguments || '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new ChaperoneError('CHAPERONE_ERR_INVALID_REQUEST', {
    param,
    message: 'Tool call arguments must be a JSON object encoded as a string.',
  });
}

export function toOllamaMessages(messages: readonly ChatMessage[]): Message[] {
  const toolNames = new Map<string, string>();
  return messages.map((message, index): Message => {
    switch (message.role) {
      case 'system':
      case 'developer':
        return { role: 'system', content: textOf(message.content) };
      case 'user': {
        const images = imagesOf(message.content, index);
        return images.length > 0
          ? { role: 'user', content: textOf(message.content), images }
          : { role: 'user', content: textOf(message.content) };
      }
      case 'assistant': {
        const converted: Message = { role: 'assistant', content: textOf(message.content) };
        if (message.tool_calls?.length) {
          converted.tool_calls = message.tool_calls.map((call, callIndex): OllamaToolCall => {
            toolNames.set(call.id, call.function.name);
            return {
              function: {
                name: call.function.name,
                arguments: parseArguments(call, `messages[${index}].tool_calls[${callIndex}].function.arguments`),
              },
            };
          });
        }
        return converted;
      }
      case 'tool': {
        const converted: Message = { role: 'tool', content: textOf(message.content) };
        const name = toolNames.get(message.tool_call_id);
        if (name) converted.tool_name = name;
        return converted;
      }
    }
  });
}

function toOptions(request: ChatCompletionRequest): Partial<Options> | undefined {
  const options: Partial<Options> = {};
  if (request.temperature != null) options.temperature = request.temperature;
  if (request.top_p != null) options.top_p = request.top_p;
  const maxTokens = request.max_completion_tokens ?? request.max_tokens;
  if (maxTokens != null) options.num_predict = maxTokens;
  if (request.stop != null) options.stop = typeof request.stop === 'string' ? [request.stop] : request.stop;
  if (request.seed != null) options.seed = request.seed;
  if (request.frequency_penalty != null) options.frequency_penalty = request.frequency_penalty;
  if (request.presence_penalty != null) options.presence_penalty = request.presence_penalty;
  return Object.keys(options).length > 0 ? options : undefined;
}

export function toOllamaChat(request: ChatCompletionRequest, messages: readonly ChatMessage[]): ChatRequest {
  const chat: ChatRequest = { model: request.model, messages: toOllamaMessages(messages) };
  const options = toOptions(request);
  if (options) chat.options = options;
  const format = request.response_format;
  if (format?.type === 'json_object') chat.format = 'json';
  else if (format?.type === 'json_schema') chat.format = format.json_schema.schema ?? 'json';
  if (request.tools?.length && request.tool_choice !== 'none') {
    chat.tools = request.tools.map((tool): Tool => ({ type: 'function', function: tool.function as Tool['function'] }));
  }
  return chat;
}

export function newCompletionId(): string {
  return `chatcmpl-${randomUUID().replaceAll('-', '')}`;
}

export function toOpenAIToolCalls(calls: readonly OllamaToolCall[] | undefined): ToolCall[] | undefined {
  if (!calls?.length) return undefined;
  return calls.map((call) => ({
    id: `call_${randomUUID().replaceAll('-', '').slice(0, 24)}`,
    type: 'function',
    function: { name: call.function.name, arguments: JSON.stringify(call.function.arguments ?? {}) },
  }));
}

export function finishReason(response: Pick<ChatResponse, 'done_reason'>, sawToolCalls: boolean): FinishReason {
  if (sawToolCalls) return 'tool_calls';
  return response.done_reason === 'length' ? 'length' : 'stop';
}

export function usageOf(response: Pick<ChatResponse, 'prompt_eval_count' | 'eval_count'>): Usage {
  const prompt = response.prompt_eval_count ?? 0;
  const completion = response.eval_count ?? 0;
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}
