#include "sandbox/mrpentities.h"

#include "sandbox/pirvalues.h"

namespace planbridge::sandbox {

using nlohmann::ordered_json;

std::string msDate(Date date)
{
    return odataDate(std::int64_t(date.dayNumber()) * 86'400'000);
}

std::string decimalText(Decimal value)
{
    return formatQuantity(value.thousandths());
}

ordered_json plannedOrderEntity(const PlannedOrder &o, const std::string &serviceUrl)
{
    const std::string uri = serviceUrl + "/A_PlannedOrder('" + percentEncode(o.plannedOrder) + "')";
    return { { "__metadata",
                 { { "id", uri }, { "uri", uri }, { "type", "API_PLANNED_ORDERS.A_PlannedOrderType" } } },
        { "PlannedOrder", o.plannedOrder },
        { "PlannedOrderType", "LA" }, // stock order, what MRP creates for make-to-stock
        { "Material", o.material }, { "MRPPlant", o.mrpPlant }, { "MRPArea", o.mrpArea },
        { "ProductionPlant", o.mrpPlant }, { "MaterialProcurementCategory", "E" }, // in-house production
        { "MaterialProcurementType", "E" }, { "BaseUnit", o.baseUnit },
        { "TotalQuantity", decimalText(o.totalQuantity) }, { "PlndOrderPlannedScrapQty", "0.000" },
        { "GoodsReceiptQty", "0.000" }, { "PlndOrderPlannedStartDate", msDate(o.plannedStartDate) },
        { "PlndOrderPlannedEndDate", msDate(o.plannedEndDate) },
        { "PlannedOrderOpeningDate", msDate(o.plannedStartDate) }, // no opening period in the sandbox
        { "PlannedOrderIsFirm", o.isFirm }, { "PlannedOrderIsConvertible", true } };
}

std::optional<std::string> plannedOrderField(const PlannedOrder &o, std::string_view field)
{
    if (field == "PlannedOrder")
        return o.plannedOrder;
    if (field == "Material")
        return o.material;
    if (field == "MRPPlant" || field == "ProductionPlant")
        return o.mrpPlant;
    if (field == "MRPArea")
        return o.mrpArea;
    if (field == "PlannedOrderType")
        return "LA";
    if (field == "BaseUnit")
        return o.baseUnit;
    return std::nullopt;
}

ordered_json purchaseRequisitionEntity(const PurchaseRequisition &r, const std::string &serviceUrl)
{
    const std::string uri = serviceUrl + "/A_PurchaseRequisitionItem(PurchaseRequisition='"
        + percentEncode(r.purchaseRequisition) + "',PurchaseRequisitionItem='"
        + percentEncode(r.purchaseRequisitionItem) + "')";
    const int leadTime = r.deliveryDate.dayNumber() - r.releaseDate.dayNumber();
    return { { "__metadata",
                 { { "id", uri }, { "uri", uri },
                     { "type", "API_PURCHASEREQ_PROCESS_SRV.A_PurchaseRequisitionItemType" } } },
        { "PurchaseRequisition", r.purchaseRequisition },
        { "PurchaseRequisitionItem", r.purchaseRequisitionItem }, { "PurchaseRequisitionType", "NB" },
        // "01" is taken to mean "created, no release strategy" [U: BANPR values not verified].
        { "PurReqnReleaseStatus", "01" }, { "PurchasingDocumentItemCategory", "0" },
        { "Material", r.material }, { "Plant", r.plant },
        { "RequestedQuantity", decimalText(r.requestedQuantity) }, { "BaseUnit", r.baseUnit },
        { "DeliveryDate", msDate(r.deliveryDate) },
        { "PurchaseRequisitionReleaseDate", msDate(r.releaseDate) },
        { "MaterialPlannedDeliveryDurn", std::to_string(leadTime) }, { "FixedSupplier", r.fixedSupplier },
        { "SourceOfSupplyIsAssigned", !r.fixedSupplier.empty() }, { "OrderedQuantity", "0.000" },
        { "PurchasingDocument", "" }, { "PurchasingDocumentItem", "00000" }, { "ProcessingStatus", "N" },
        { "PurReqnOrigin", "B" }, // EBAN-ESTKZ B: created by MRP
        { "IsDeleted", "" }, { "IsClosed", false }, { "PurchaseRequisitionIsFixed", r.isFixed } };
}

std::optional<std::string> purchaseRequisitionField(const PurchaseRequisition &r, std::string_view field)
{
    if (field == "PurchaseRequisition")
        return r.purchaseRequisition;
    if (field == "PurchaseRequisitionItem")
        return r.purchaseRequisitionItem;
    if (field == "Material")
        return r.material;
    if (field == "Plant")
        return r.plant;
    if (field == "FixedSupplier")
        return r.fixedSupplier;
    if (field == "BaseUnit")
        return r.baseUnit;
    if (field == "PurReqnOrigin")
        return "B";
    return std::nullopt;
}

} // namespace planbridge::sandbox
