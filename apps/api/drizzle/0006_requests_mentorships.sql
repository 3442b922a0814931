-- No API wrote match requests before this migration (only tests did), so the old rows, made
-- without a message or a programme, are dropped rather than given made-up ones.
DELETE FROM "match_requests";--> statement-breakpoint
CREATE TABLE "introductions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"mentee_id" uuid NOT NULL,
	"mentor_id" uuid NOT NULL,
	"status" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"mentee_contact" jsonb NOT NULL,
	"mentor_contact" jsonb NOT NULL,
	"mentee_answer" text,
	"mentor_answer" text,
	"decline_note" text,
	CONSTRAINT "introductions_requestId_unique" UNIQUE("request_id"),
	CONSTRAINT "introductions_status" CHECK ("introductions"."status" in ('open', 'confirmed', 'declined', 'lapsed')),
	CONSTRAINT "introductions_answers" CHECK (("introductions"."mentee_answer" is null or "introductions"."mentee_answer" in ('continue', 'not_a_match'))
        and ("introductions"."mentor_answer" is null or "introductions"."mentor_answer" in ('continue', 'not_a_match'))),
	CONSTRAINT "introductions_closed" CHECK (("introductions"."status" = 'open') = ("introductions"."closed_at" is null))
);
--> statement-breakpoint
CREATE TABLE "match_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "match_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"programme_id" uuid NOT NULL,
	"type" text NOT NULL,
	"actor_id" uuid,
	"request_id" uuid,
	"introduction_id" uuid,
	"mentorship_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "match_events_type" CHECK ("match_events"."type" in ('request_received', 'request_accepted', 'request_declined', 'request_withdrawn', 'request_withdrawn_automatically', 'request_expired', 'introduction_answered', 'introduction_declined', 'introduction_lapsed', 'mentorship_started', 'log_added', 'mentorship_end_proposed', 'mentorship_planned_end_changed', 'mentorship_ended'))
);
--> statement-breakpoint
CREATE TABLE "meeting_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mentorship_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"date" date NOT NULL,
	"minutes" integer NOT NULL,
	"topics" text[] NOT NULL,
	"notes" text,
	"next_steps" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "meeting_logs_minutes" CHECK ("meeting_logs"."minutes" between 5 and 600),
	CONSTRAINT "meeting_logs_topics" CHECK (cardinality("meeting_logs"."topics") >= 1 and "meeting_logs"."topics" <@ array['cv', 'job_search', 'interview_practice', 'danish_practice', 'education', 'work_culture', 'network', 'everyday_life', 'other']::text[])
);
--> statement-breakpoint
CREATE TABLE "mentorships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"introduction_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"mentee_id" uuid NOT NULL,
	"mentor_id" uuid NOT NULL,
	"status" text NOT NULL,
	"exclusive" boolean NOT NULL,
	"start_date" date NOT NULL,
	"planned_end" date NOT NULL,
	"proposed_end" date,
	"proposed_by" uuid,
	"meetings_per_month" integer NOT NULL,
	"ended_at" timestamp with time zone,
	"ended_by" uuid,
	"outcome" text,
	"early_reason" text,
	"end_note" text,
	CONSTRAINT "mentorships_introductionId_unique" UNIQUE("introduction_id"),
	CONSTRAINT "mentorships_status" CHECK ("mentorships"."status" in ('active', 'completed', 'ended_early')),
	CONSTRAINT "mentorships_dates" CHECK ("mentorships"."planned_end" > "mentorships"."start_date"),
	CONSTRAINT "mentorships_meetings" CHECK ("mentorships"."meetings_per_month" between 1 and 8),
	CONSTRAINT "mentorships_ended" CHECK (("mentorships"."status" = 'active') = ("mentorships"."ended_at" is null) and ("mentorships"."status" = 'active') = ("mentorships"."outcome" is null)),
	CONSTRAINT "mentorships_outcome" CHECK ("mentorships"."outcome" is null or "mentorships"."outcome" in ('job', 'education', 'internship', 'closer_to_labour_market', 'ended_early')),
	CONSTRAINT "mentorships_early_reason" CHECK (("mentorships"."outcome" = 'ended_early') = ("mentorships"."early_reason" is not null)
        and ("mentorships"."early_reason" is null or "mentorships"."early_reason" in ('no_time', 'moved', 'not_a_good_match', 'goal_changed', 'no_contact', 'other')))
);
--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_action";--> statement-breakpoint
ALTER TABLE "match_requests" DROP CONSTRAINT "match_requests_status";--> statement-breakpoint
DROP INDEX "match_requests_mentee_idx";--> statement-breakpoint
ALTER TABLE "match_requests" ADD COLUMN "programme_id" uuid NOT NULL;--> statement-breakpoint
ALTER TABLE "match_requests" ADD COLUMN "message" text NOT NULL;--> statement-breakpoint
ALTER TABLE "match_requests" ADD COLUMN "goals" text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "match_requests" ADD COLUMN "mentee_contact" jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "match_requests" ADD COLUMN "answered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "match_requests" ADD COLUMN "decline_reason" text;--> statement-breakpoint
ALTER TABLE "match_requests" ADD COLUMN "decline_message" text;--> statement-breakpoint
ALTER TABLE "match_requests" ADD COLUMN "withdrawn_automatically" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_request_id_match_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."match_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_mentee_id_users_id_fk" FOREIGN KEY ("mentee_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_mentor_id_users_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_events" ADD CONSTRAINT "match_events_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_events" ADD CONSTRAINT "match_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_events" ADD CONSTRAINT "match_events_request_id_match_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."match_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_events" ADD CONSTRAINT "match_events_introduction_id_introductions_id_fk" FOREIGN KEY ("introduction_id") REFERENCES "public"."introductions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_events" ADD CONSTRAINT "match_events_mentorship_id_mentorships_id_fk" FOREIGN KEY ("mentorship_id") REFERENCES "public"."mentorships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_logs" ADD CONSTRAINT "meeting_logs_mentorship_id_mentorships_id_fk" FOREIGN KEY ("mentorship_id") REFERENCES "public"."mentorships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_logs" ADD CONSTRAINT "meeting_logs_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorships" ADD CONSTRAINT "mentorships_introduction_id_introductions_id_fk" FOREIGN KEY ("introduction_id") REFERENCES "public"."introductions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorships" ADD CONSTRAINT "mentorships_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorships" ADD CONSTRAINT "mentorships_mentee_id_users_id_fk" FOREIGN KEY ("mentee_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorships" ADD CONSTRAINT "mentorships_mentor_id_users_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorships" ADD CONSTRAINT "mentorships_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorships" ADD CONSTRAINT "mentorships_ended_by_users_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "introductions_one_open" ON "introductions" USING btree ("mentee_id") WHERE "introductions"."status" = 'open';--> statement-breakpoint
CREATE INDEX "introductions_mentor_idx" ON "introductions" USING btree ("mentor_id","status");--> statement-breakpoint
CREATE INDEX "introductions_programme_idx" ON "introductions" USING btree ("programme_id","status","opened_at");--> statement-breakpoint
CREATE INDEX "match_events_programme_idx" ON "match_events" USING btree ("programme_id","id");--> statement-breakpoint
CREATE INDEX "meeting_logs_mentorship_idx" ON "meeting_logs" USING btree ("mentorship_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "mentorships_one_active" ON "mentorships" USING btree ("mentee_id") WHERE "mentorships"."status" = 'active' and "mentorships"."exclusive";--> statement-breakpoint
CREATE INDEX "mentorships_mentee_idx" ON "mentorships" USING btree ("mentee_id","status");--> statement-breakpoint
CREATE INDEX "mentorships_mentor_idx" ON "mentorships" USING btree ("mentor_id","status");--> statement-breakpoint
CREATE INDEX "mentorships_programme_idx" ON "mentorships" USING btree ("programme_id","status");--> statement-breakpoint
ALTER TABLE "match_requests" ADD CONSTRAINT "match_requests_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "match_requests_one_pending" ON "match_requests" USING btree ("mentee_id","mentor_id") WHERE "match_requests"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "match_requests_mentee_idx" ON "match_requests" USING btree ("mentee_id","status");--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_action" CHECK ("audit_log"."action" in ('profile.approve', 'profile.reject', 'user.suspend', 'user.reinstate', 'report.resolve', 'programme.update', 'mentorship.end'));--> statement-breakpoint
ALTER TABLE "match_requests" ADD CONSTRAINT "match_requests_message" CHECK (char_length("match_requests"."message") between 20 and 2000);--> statement-breakpoint
ALTER TABLE "match_requests" ADD CONSTRAINT "match_requests_goals" CHECK (cardinality("match_requests"."goals") between 1 and 3 and "match_requests"."goals" <@ array['job_search', 'specific_trade', 'education', 'danish_practice', 'network', 'work_culture', 'everyday_life', 'clarify_options']::text[]);--> statement-breakpoint
ALTER TABLE "match_requests" ADD CONSTRAINT "match_requests_decline" CHECK (("match_requests"."status" = 'declined') = ("match_requests"."decline_reason" is not null)
        and ("match_requests"."decline_reason" is null or "match_requests"."decline_reason" in ('no_time', 'not_my_field', 'cannot_help_with_goals', 'too_far', 'language', 'other')));--> statement-breakpoint
ALTER TABLE "match_requests" ADD CONSTRAINT "match_requests_answered" CHECK (("match_requests"."status" = 'pending') = ("match_requests"."answered_at" is null));--> statement-breakpoint
ALTER TABLE "match_requests" ADD CONSTRAINT "match_requests_status" CHECK ("match_requests"."status" in ('pending', 'accepted', 'declined', 'withdrawn', 'expired'));