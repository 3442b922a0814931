import type { TSchema } from 'typebox';
import { Settings } from 'typebox/system';
import { Value } from 'typebox/value';
import type { FieldError } from './error.schema';

/**
 * TypeBox stops collecting issues after 8 by default. A profile has up to 17 questions, and a
 * form's error summary (or an API client's 400) must list every field that needs fixing, not
 * the first few. This module is what both sides validate with, so the limit is raised here.
 */
Settings.Set({ maxErrors: 100 });

/** The subset of a JSON-Schema validation error that both TypeBox and Fastify report. */
export interface SchemaIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message: string;
}

function asStringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * Turns raw schema issues into one error per field, in a stable shape. The API's error
 * handler and the SPA's forms both use this, so a field fails with the same rule on each side.
 */
export function toFieldErrors(issues: Iterable<SchemaIssue>): FieldError[] {
  const byField = new Map<string, FieldError>();
  const add = (field: string, rule: string, message: string) => {
    if (!byField.has(field)) byField.set(field, { field, rule, message });
  };
  for (const issue of issues) {
    switch (issue.keyword) {
      case 'required':
        for (const name of asStringList(issue.params.requiredProperties)) {
          add(`${issue.instancePath}/${name}`, 'required', 'is required');
        }
        break;
      case 'additionalProperties':
        for (const name of asStringList(issue.params.additionalProperties)) {
          add(`${issue.instancePath}/${name}`, 'additionalProperties', 'is not allowed');
        }
        break;
      // TypeBox reports an extra property twice ('boolean' too), and a union's 'anyOf'
      // summary adds nothing to the member issue already recorded for the field.
      case 'boolean':
      case 'anyOf':
        break;
      default:
        add(issue.instancePath, issue.keyword, issue.message);
    }
  }
  return [...byField.values()];
}

/** Validates a value against a core schema; an empty list means valid. */
export function validate(schema: TSchema, value: unknown): FieldError[] {
  return toFieldErrors(Value.Errors(schema, value) as Iterable<SchemaIssue>);
}
