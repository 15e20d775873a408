package org.ccmarchive.web.admin;

import java.util.List;

/**
 * Model of {@code admin/admin.jte}.
 *
 * @param message outcome of the last action, empty when none
 * @param recordId id of the record just uploaded, empty when none
 * @param details lines of the indexing report
 * @param maxUploadMb largest accepted upload
 * @param extensions accepted file extensions
 * @param signedIn the reader is signed in as staff (else the page is the sign-in form)
 * @param sessionHours how long a staff session lasts
 */
public record AdminPage(
    String message,
    String recordId,
    List<String> details,
    long maxUploadMb,
    List<String> extensions,
    boolean signedIn,
    long sessionHours) {}
