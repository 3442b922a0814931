CREATE TABLE "email_outbox" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "email_outbox_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"programme_id" uuid NOT NULL,
	"notification_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"claim_token" uuid,
	"last_error" text,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "email_outbox_notificationId_unique" UNIQUE("notification_id"),
	CONSTRAINT "email_outbox_status" CHECK ("email_outbox"."status" in ('pending', 'sending', 'sent', 'dead')),
	CONSTRAINT "email_outbox_sent" CHECK (("email_outbox"."status" = 'sent') = ("email_outbox"."sent_at" is not null)),
	CONSTRAINT "email_outbox_claim" CHECK (("email_outbox"."status" = 'sending') = ("email_outbox"."claim_token" is not null)),
	CONSTRAINT "email_outbox_attempts" CHECK ("email_outbox"."attempts" >= 0)
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"params" jsonb NOT NULL,
	"link" text NOT NULL,
	"dedupe_key" text,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "notifications_dedupe" UNIQUE("user_id","dedupe_key"),
	CONSTRAINT "notifications_kind" CHECK ("notifications"."kind" in ('request_received', 'request_accepted', 'request_declined', 'request_withdrawn', 'request_withdrawn_automatically', 'request_expired', 'request_expired_mentor', 'request_reminder', 'mentor_paused', 'introduction_answered', 'introduction_declined', 'introduction_lapsed', 'introduction_reminder', 'mentorship_started', 'log_added', 'mentorship_end_proposed', 'mentorship_planned_end_changed', 'mentorship_ending_soon', 'mentorship_quiet', 'mentorship_ended', 'profile_approved', 'profile_rejected', 'first_request_nudge', 'mentors_suggested'))
);
--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_action";--> statement-breakpoint
ALTER TABLE "mentor_profiles" ADD COLUMN "answer_days" integer;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "request_reminder_days" integer DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "request_second_reminder_days" integer DEFAULT 11 NOT NULL;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "mentor_pause_after_expiries" integer DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "mentee_nudge_days" integer DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "waiting_list_days" integer DEFAULT 45 NOT NULL;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "introduction_reminder_days" integer DEFAULT 14 NOT NULL;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "introduction_lapse_days" integer DEFAULT 28 NOT NULL;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "quiet_days" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "ending_soon_days" integer DEFAULT 14 NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "email_tips" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "last_active_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "email_outbox_due_idx" ON "email_outbox" USING btree ("due_at") WHERE "email_outbox"."status" in ('pending', 'sending');--> statement-breakpoint
CREATE INDEX "email_outbox_programme_idx" ON "email_outbox" USING btree ("programme_id","status","id");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "notifications" USING btree ("user_id") WHERE "notifications"."read_at" is null;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_action" CHECK ("audit_log"."action" in ('profile.approve', 'profile.reject', 'user.suspend', 'user.reinstate', 'report.resolve', 'programme.update', 'mentorship.end', 'mentee.suggest', 'email.retry'));--> statement-breakpoint
ALTER TABLE "mentor_profiles" ADD CONSTRAINT "mentor_profiles_answer_days" CHECK ("mentor_profiles"."answer_days" is null or "mentor_profiles"."answer_days" >= 0);--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_request_reminder_days" CHECK ("programmes"."request_reminder_days" between 1 and 30);--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_request_second_reminder_days" CHECK ("programmes"."request_second_reminder_days" between 2 and 59);--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_mentor_pause_after_expiries" CHECK ("programmes"."mentor_pause_after_expiries" between 1 and 10);--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_mentee_nudge_days" CHECK ("programmes"."mentee_nudge_days" between 1 and 60);--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_waiting_list_days" CHECK ("programmes"."waiting_list_days" between 7 and 180);--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_introduction_reminder_days" CHECK ("programmes"."introduction_reminder_days" between 3 and 60);--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_introduction_lapse_days" CHECK ("programmes"."introduction_lapse_days" between 7 and 90);--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_quiet_days" CHECK ("programmes"."quiet_days" between 7 and 90);--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_ending_soon_days" CHECK ("programmes"."ending_soon_days" between 3 and 60);--> statement-breakpoint
-- A programme whose requests expire within 11 days keeps its reminders before the expiry.
UPDATE "programmes" SET "request_second_reminder_days" = greatest(2, "request_expiry_days" - 1), "request_reminder_days" = greatest(1, least(7, "request_expiry_days" - 2)) WHERE "request_expiry_days" <= 11;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_reminder_order" CHECK ("programmes"."request_reminder_days" < "programmes"."request_second_reminder_days"
        and "programmes"."request_second_reminder_days" < "programmes"."request_expiry_days"
        and "programmes"."introduction_reminder_days" < "programmes"."introduction_lapse_days");