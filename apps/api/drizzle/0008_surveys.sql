CREATE TABLE "survey_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"form" text NOT NULL,
	"version" integer NOT NULL,
	"month" date NOT NULL,
	"region" text NOT NULL,
	"answers" jsonb NOT NULL,
	CONSTRAINT "survey_answers_form" CHECK ("survey_answers"."form" in ('mentee_end', 'mentor_end')),
	CONSTRAINT "survey_answers_month" CHECK (extract(day from "survey_answers"."month") = 1),
	CONSTRAINT "survey_answers_region" CHECK ("survey_answers"."region" in ('hovedstaden', 'sjaelland', 'syddanmark', 'midtjylland', 'nordjylland')),
	CONSTRAINT "survey_answers_object" CHECK (jsonb_typeof("survey_answers"."answers") = 'object')
);
--> statement-breakpoint
CREATE TABLE "survey_definitions" (
	"programme_id" uuid NOT NULL,
	"form" text NOT NULL,
	"version" integer NOT NULL,
	"intro" jsonb NOT NULL,
	"questions" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	CONSTRAINT "survey_definitions_programme_id_form_version_pk" PRIMARY KEY("programme_id","form","version"),
	CONSTRAINT "survey_definitions_form" CHECK ("survey_definitions"."form" in ('mentee_start', 'mentee_end', 'mentor_end')),
	CONSTRAINT "survey_definitions_version" CHECK ("survey_definitions"."version" >= 2),
	CONSTRAINT "survey_definitions_questions" CHECK (jsonb_typeof("survey_definitions"."questions") = 'array')
);
--> statement-breakpoint
CREATE TABLE "survey_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"mentorship_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"form" text NOT NULL,
	"version" integer NOT NULL,
	"region" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"token_hash" text,
	"answers" jsonb,
	"reminded" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "survey_invitations_tokenHash_unique" UNIQUE("token_hash"),
	CONSTRAINT "survey_invitations_once" UNIQUE("mentorship_id","form"),
	CONSTRAINT "survey_invitations_form" CHECK ("survey_invitations"."form" in ('mentee_start', 'mentee_end', 'mentor_end')),
	CONSTRAINT "survey_invitations_status" CHECK ("survey_invitations"."status" in ('open', 'answered', 'declined')),
	CONSTRAINT "survey_invitations_region" CHECK ("survey_invitations"."region" in ('hovedstaden', 'sjaelland', 'syddanmark', 'midtjylland', 'nordjylland')),
	CONSTRAINT "survey_invitations_start_only" CHECK ("survey_invitations"."form" = 'mentee_start' or "survey_invitations"."answers" is null),
	CONSTRAINT "survey_invitations_token" CHECK ("survey_invitations"."form" <> 'mentee_start' or "survey_invitations"."token_hash" is null),
	CONSTRAINT "survey_invitations_answers" CHECK ("survey_invitations"."answers" is null or ("survey_invitations"."status" = 'answered' and jsonb_typeof("survey_invitations"."answers") = 'object'))
);
--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_action";--> statement-breakpoint
ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind";--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_definitions" ADD CONSTRAINT "survey_definitions_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_definitions" ADD CONSTRAINT "survey_definitions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_mentorship_id_mentorships_id_fk" FOREIGN KEY ("mentorship_id") REFERENCES "public"."mentorships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_answers_programme_idx" ON "survey_answers" USING btree ("programme_id","form","month");--> statement-breakpoint
CREATE INDEX "survey_invitations_user_idx" ON "survey_invitations" USING btree ("user_id","status");--> statement-breakpoint
CREATE INDEX "survey_invitations_remind_idx" ON "survey_invitations" USING btree ("created_at") WHERE "survey_invitations"."status" = 'open' and not "survey_invitations"."reminded";--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_action" CHECK ("audit_log"."action" in ('profile.approve', 'profile.reject', 'user.suspend', 'user.reinstate', 'report.resolve', 'programme.update', 'mentorship.end', 'mentee.suggest', 'email.retry', 'survey.update'));--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind" CHECK ("notifications"."kind" in ('request_received', 'request_accepted', 'request_declined', 'request_withdrawn', 'request_withdrawn_automatically', 'request_expired', 'request_expired_mentor', 'request_reminder', 'mentor_paused', 'introduction_answered', 'introduction_declined', 'introduction_lapsed', 'introduction_reminder', 'mentorship_started', 'log_added', 'mentorship_end_proposed', 'mentorship_planned_end_changed', 'mentorship_ending_soon', 'mentorship_quiet', 'mentorship_ended', 'profile_approved', 'profile_rejected', 'first_request_nudge', 'mentors_suggested', 'survey_start', 'survey_end', 'survey_reminder'));