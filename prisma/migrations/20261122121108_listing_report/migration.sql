-- CreateEnum
CREATE TYPE "ListingReportReason" AS ENUM ('out_of_date', 'closed', 'contact_details', 'other');

-- CreateEnum
CREATE TYPE "ListingReportStatus" AS ENUM ('new', 'in_review', 'resolved');

-- CreateTable
CREATE TABLE "listing_report" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "reason" "ListingReportReason" NOT NULL,
    "details" TEXT,
    "contact_email" TEXT,
    "status" "ListingReportStatus" NOT NULL DEFAULT 'new',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "listing_report_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "listing_report_service_id_idx" ON "listing_report"("service_id");

-- CreateIndex
CREATE INDEX "listing_report_status_created_at_idx" ON "listing_report"("status", "created_at");

-- AddForeignKey
ALTER TABLE "listing_report" ADD CONSTRAINT "listing_report_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;
