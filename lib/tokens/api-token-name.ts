import { z } from "zod";

export const API_TOKEN_NAME_MAX = 100;

export const apiTokenNameSchema = z
  .string({ error: "name the token, e.g. after the script that uses it" })
  .trim()
  .min(1, "name the token, e.g. after the script that uses it")
  .max(API_TOKEN_NAME_MAX, `must be at most ${API_TOKEN_NAME_MAX} characters`);
