ALTER TABLE "users" ADD COLUMN "failed_logins" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "last_failed_login_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "login_locked_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_failed_logins" CHECK ("users"."failed_logins" >= 0);--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_failures_have_time" CHECK (("users"."failed_logins" = 0) = ("users"."last_failed_login_at" is null));