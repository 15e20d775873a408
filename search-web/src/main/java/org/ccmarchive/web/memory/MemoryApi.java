package org.ccmarchive.web.memory;

import io.javalin.http.Context;
import java.util.Map;
import org.ccmarchive.memory.MemoryService;
import org.ccmarchive.web.common.Params;
import org.ccmarchive.web.common.Refusal;

/** The knowledge base in the JSON API: {@code /api/decisions}, {@code /api/delegations}… */
public final class MemoryApi {

  private final MemoryService memory;

  public MemoryApi(MemoryService memory) {
    this.memory = memory;
  }

  public void decisions(Context ctx) {
    ctx.json(
        MemoryJson.DecisionsJson.of(
            memory.decisions(MemoryController.filter(ctx), MemoryController.REGISTER_LIMIT)));
  }

  public void decision(Context ctx) {
    ctx.json(
        MemoryJson.DecisionJson.of(
            memory
                .decision(ctx.pathParam("record"), Params.paragraph(ctx))
                .orElseThrow(() -> Refusal.notFound("error.no-decision"))));
  }

  public void delegations(Context ctx) {
    ctx.json(
        Map.of(
            "delegations",
            memory.delegations().stream().map(MemoryJson.DelegationRowJson::of).toList()));
  }

  public void delegation(Context ctx) {
    ctx.json(
        MemoryJson.DelegationJson.of(
            memory
                .delegationSlug(ctx.pathParam("name"))
                .flatMap(slug -> memory.delegation(slug, MemoryController.query(ctx)))
                .orElseThrow(() -> Refusal.notFound("error.no-delegation"))));
  }

  public void article(Context ctx) {
    int n = MemoryController.articleNumber(ctx.pathParam("n"));
    ctx.json(
        MemoryJson.ArticleJson.of(
            memory.article(n).orElseThrow(() -> Refusal.notFound("error.article-numbers"))));
  }

  public void meetings(Context ctx) {
    ctx.json(
        Map.of("meetings", memory.meetings().stream().map(MemoryJson.MeetingRowJson::of).toList()));
  }

  public void meeting(Context ctx) {
    ctx.json(
        MemoryJson.MeetingJson.of(
            memory
                .meeting(ctx.pathParam("series"), ctx.pathParam("session"))
                .orElseThrow(() -> Refusal.notFound("error.no-meeting"))));
  }

  public void people(Context ctx) {
    ctx.json(Map.of("people", memory.people().stream().map(MemoryJson.PersonRowJson::of).toList()));
  }

  public void person(Context ctx) {
    ctx.json(
        MemoryJson.PersonJson.of(
            memory
                .person(ctx.pathParam("name"))
                .orElseThrow(() -> Refusal.notFound("error.no-person"))));
  }
}
