package dev.trent.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trent.protocol.model.ServiceModel;
import org.junit.jupiter.api.Test;

class OperationCatalogTest {
  private final OperationCatalog catalog = new OperationCatalog(new Services(null, null, null, null, null));

  @Test
  void everyOperation_isAnOperationOfTheModel_withTheModelsRequestShape() {
    ServiceModel model = ServiceModel.kms();
    assertThat(catalog.names()).isNotEmpty().allSatisfy(name -> {
      assertThat(model.hasOperation(name)).as(name).isTrue();
      Operation<?, ?> op = catalog.find(name).orElseThrow();
      assertThat(op.requestType().getSimpleName())
          .isEqualTo(model.operation(name).orElseThrow().input().orElseThrow());
      assertThat(op.action()).isEqualTo("kms:" + name);
    });
  }
}
