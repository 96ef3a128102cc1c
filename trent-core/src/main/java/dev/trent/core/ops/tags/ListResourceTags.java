package dev.trent.core.ops.tags;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.KeyResolver;
import dev.trent.protocol.validate.ValidationErrors;
import dev.trent.protocol.wire.ListResourceTagsRequest;
import dev.trent.protocol.wire.ListResourceTagsResponse;
import dev.trent.protocol.wire.Tag;
import java.util.List;

/** ListResourceTags: a key's tags ordered by tag key, in pages of 1 to 50 (50 by default). */
public final class ListResourceTags implements Operation<ListResourceTagsRequest, ListResourceTagsResponse> {
  private final Services services;

  public ListResourceTags(Services services) {
    this.services = services;
  }

  @Override
  public Class<ListResourceTagsRequest> requestType() {
    return ListResourceTagsRequest.class;
  }

  @Override
  public ListResourceTagsResponse execute(ListResourceTagsRequest request, RequestContext ctx) {
    int limit = request.limit() == null ? TagRules.MAX_TAGS : request.limit();
    ValidationErrors.requireInRange("limit", limit, 1, TagRules.MAX_TAGS);
    List<Tag> all = services.store().read(tx -> {
      String keyId = services.resolver().resolve(tx, request.keyId(), KeyResolver.KEY_FORMS, ctx, action()).keyId();
      return tx.tags(keyId).stream().map(t -> new Tag(t.tagKey(), t.tagValue())).toList();
    });
    int start = request.marker() == null ? 0 : indexAfter(all, request.marker());
    List<Tag> page = all.subList(start, Math.min(all.size(), start + limit));
    boolean truncated = start + limit < all.size();
    return new ListResourceTagsResponse(page, truncated ? page.get(page.size() - 1).tagKey() : null, truncated);
  }

  /** The marker is the last tag key of the previous page; resume after it. */
  private static int indexAfter(List<Tag> tags, String marker) {
    for (int i = 0; i < tags.size(); i++) {
      if (tags.get(i).tagKey().compareTo(marker) > 0) {
        return i;
      }
    }
    return tags.size();
  }
}
