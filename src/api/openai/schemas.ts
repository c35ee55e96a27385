/**
 * JSON Schemas of the OpenAI requests Chaperone accepts, checked by Fastify's ajv before a
 * handler runs, and of the responses, which Fastify serializes from them. Fields OpenAI defines
 * but the model server cannot honour are refused in the handler with a message saying so.
 */
const textPart = {
  type: 'object',
  required: ['type', 'text'],
  properties: { type: { const: 'text' }, text: { type: 'string' } },
} as const;

const imagePart = {
  type: 'object',
  required: ['type', 'image_url'],
  properties: {
    type: { const: 'image_url' },
    image_url: {
      type: 'object',
      required: ['url'],
      properties: { url: { type: 'string' }, detail: { type: 'string' } },
    },
  },
} as const;

const textContent = { anyOf: [{ type: 'string' }, { type: 'array', items: textPart }] } as const;

const toolCall = {
  type: 'object',
  required: ['id', 'type', 'function'],
  properties: {
    id: { type: 'string' },
    type: { const: 'function' },
    function: {
      type: 'object',
      required: ['name', 'arguments'],
      properties: { name: { type: 'string', minLength: 1 }, arguments: { type: 'string' } },
    },
  },
} as const;

const message = {
  type: 'object',
  required: ['role'],
  discriminator: { propertyName: 'role' },
  oneOf: [
    {
      properties: { role: { enum: ['system'] }, content: textContent, name: { type: 'string' } },
      required: ['role', 'content'],
    },
    {
      properties: { role: { enum: ['developer'] }, content: textContent, name: { type: 'string' } },
      required: ['role', 'content'],
    },
    {
      properties: {
        role: { const: 'user' },
        content: {
          anyOf: [{ type: 'string' }, { type: 'array', minItems: 1, items: { anyOf: [textPart, imagePart] } }],
        },
        name: { type: 'string' },
      },
      required: ['role', 'content'],
    },
    {
      properties: {
        role: { const: 'assistant' },
        content: { anyOf: [textContent, { type: 'null' }] },
        name: { type: 'string' },
        tool_calls: { type: 'array', items: toolCall },
      },
      required: ['role'],
    },
    {
      properties: { role: { const: 'tool' }, content: textContent, tool_call_id: { type: 'string' } },
      required: ['role', 'content', 'tool_call_id'],
    },
  ],
} as const;

const nullable = <T extends object>(schema: T) => ({ anyOf: [schema, { type: 'null' }] }) as const;

export const chatCompletionRequestSchema = {
  type: 'object',
  required: ['model', 'messages'],
  properties: {
    model: { type: 'string', minLength: 1, maxLength: 256 },
    messages: { type: 'array', minItems: 1, maxItems: 2048, items: message },
    stream: nullable({ type: 'boolean' }),
    stream_options: nullable({ type: 'object', properties: { include_usage: { type: 'boolean' } } }),
    temperature: nullable({ type: 'number', minimum: 0, maximum: 2 }),
    top_p: nullable({ type: 'number', minimum: 0, maximum: 1 }),
    max_tokens: nullable({ type: 'integer', minimum: 1 }),
    max_completion_tokens: nullable({ type: 'integer', minimum: 1 }),
    stop: nullable({ anyOf: [{ type: 'string' }, { type: 'array', maxItems: 4, items: { type: 'string' } }] }),
    seed: nullable({ type: 'integer' }),
    frequency_penalty: nullable({ type: 'number', minimum: -2, maximum: 2 }),
    presence_penalty: nullable({ type: 'number', minimum: -2, maximum: 2 }),
    n: nullable({ type: 'integer', minimum: 1, maximum: 128 }),
    logprobs: nullable({ type: 'boolean' }),
    user: { type: 'string' },
    response_format: {
      type: 'object',
      required: ['type'],
      properties: {
        type: { enum: ['text', 'json_object', 'json_schema'] },
        json_schema: {
          type: 'object',
          required: ['name'],
          properties: { name: { type: 'string' }, schema: { type: 'object' }, strict: nullable({ type: 'boolean' }) },
        },
      },
      if: { properties: { type: { const: 'json_schema' } } },
      then: { required: ['type', 'json_schema'] },
    },
    tools: {
      type: 'array',
      maxItems: 128,
      items: {
        type: 'object',
        required: ['type', 'function'],
        properties: {
          type: { const: 'function' },
          function: {
            type: 'object',
            required: ['name'],
            properties: {
              name: { type: 'string', pattern: '^[a-zA-Z0-9_-]{1,64}$' },
              description: { type: 'string' },
              parameters: { type: 'object' },
              strict: nullable({ type: 'boolean' }),
            },
          },
        },
      },
    },
    tool_choice: {
      anyOf: [
        { enum: ['none', 'auto', 'required'] },
        {
          type: 'object',
          required: ['type', 'function'],
          properties: { type: { const: 'function' }, function: { type: 'object', required: ['name'] } },
        },
      ],
    },
  },
} as const;

const usage = {
  type: 'object',
  properties: {
    prompt_tokens: { type: 'integer' },
    completion_tokens: { type: 'integer' },
    total_tokens: { type: 'integer' },
  },
} as const;

export const chatCompletionResponseSchema = {
  type: 'object',
  properties: {
    chaperone: {
      type: 'object',
      properties: {
        decision: { type: 'string' },
        reason: { type: ['string', 'null'] },
        intent: { type: ['string', 'null'] },
        escalation_id: { type: 'string' },
        priority: { type: 'string' },
        review_required: { type: 'boolean' },
      },
    },
    id: { type: 'string' },
    object: { type: 'string' },
    created: { type: 'integer' },
    model: { type: 'string' },
    choices: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          index: { type: 'integer' },
          message: {
            type: 'object',
            properties: {
              role: { type: 'string' },
              content: { type: ['string', 'null'] },
              refusal: { type: 'null' },
              tool_calls: { type: 'array', items: toolCall },
            },
          },
          logprobs: { type: 'null' },
          finish_reason: { type: 'string' },
        },
      },
    },
    usage,
  },
} as const;

export const embeddingRequestSchema = {
  type: 'object',
  required: ['model', 'input'],
  properties: {
    model: { type: 'string', minLength: 1, maxLength: 256 },
    input: {
      anyOf: [
        { type: 'string', minLength: 1 },
        { type: 'array', minItems: 1, maxItems: 2048, items: { type: 'string', minLength: 1 } },
      ],
    },
    encoding_format: { enum: ['float', 'base64'] },
    dimensions: { type: 'integer', minimum: 1 },
    user: { type: 'string' },
  },
} as const;

const modelObject = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    object: { type: 'string' },
    created: { type: 'integer' },
    owned_by: { type: 'string' },
  },
} as const;

export const modelResponseSchema = modelObject;

export const modelListResponseSchema = {
  type: 'object',
  properties: { object: { type: 'string' }, data: { type: 'array', items: modelObject } },
} as const;
