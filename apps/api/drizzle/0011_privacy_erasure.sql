-- The privacy rights (issue 8): an erased account keeps its row, anonymised (deleted_at), so
-- the other member's records keep their keys; its mentee's request messages may be blank; a
-- mentorship may end because a member deleted her account; coordinators' erasures are audited.
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_action";--> statement-breakpoint
ALTER TABLE "match_requests" DROP CONSTRAINT "match_requests_message";--> statement-breakpoint
ALTER TABLE "mentorships" DROP CONSTRAINT "mentorships_early_reason";--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_action" CHECK ("audit_log"."action" in ('profile.approve', 'profile.reject', 'user.suspend', 'user.reinstate', 'report.resolve', 'programme.update', 'mentorship.end', 'mentee.suggest', 'email.retry', 'survey.update', 'user.erase'));--> statement-breakpoint
ALTER TABLE "match_requests" ADD CONSTRAINT "match_requests_message" CHECK (char_length("match_requests"."message") between 20 and 2000 or "match_requests"."message" = '');--> statement-breakpoint
ALTER TABLE "mentorships" ADD CONSTRAINT "mentorships_early_reason" CHECK (("mentorships"."outcome" = 'ended_early') = ("mentorships"."early_reason" is not null)
        and ("mentorships"."early_reason" is null or "mentorships"."early_reason" in ('no_time', 'moved', 'not_a_good_match', 'goal_changed', 'no_contact', 'other', 'account_deleted')));--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_deleted_anonymous" CHECK ("users"."deleted_at" is null or ("users"."email" like 'deleted-%@deleted.invalid' and "users"."suspended_at" is null));